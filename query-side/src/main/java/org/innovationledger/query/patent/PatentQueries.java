package org.innovationledger.query.patent;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.innovationledger.query.patent.PatentDetail.StudioRef;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.NotFoundException;
import org.innovationledger.query.web.Page;
import org.innovationledger.query.web.PageRequest;
import org.innovationledger.query.web.ProjectionBehindException;
import org.innovationledger.query.web.QueryParameters;
import org.innovationledger.query.web.ReadAfterWrite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers the reads on patents (专利查询): the portfolio, counts for dashboards, one patent, its history, and the
 * deadline calendar as JSON or as an iCalendar feed.
 */
@Component
public class PatentQueries {

    /** Deadlines are counted in the days of the patent office: "today" is today in China. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private final PatentViews views;
    private final PatentHistories histories;
    private final PatentStudios studios;
    private final ReadAfterWrite readAfterWrite;
    private final Clock clock;

    @Autowired
    PatentQueries(PatentViews views, PatentHistories histories, PatentStudios studios, ReadAfterWrite readAfterWrite) {
        this(views, histories, studios, readAfterWrite, Clock.system(OFFICE_ZONE));
    }

    PatentQueries(PatentViews views, PatentHistories histories, PatentStudios studios, ReadAfterWrite readAfterWrite,
                  Clock clock) {
        this.views = views;
        this.histories = histories;
        this.studios = studios;
        this.readAfterWrite = readAfterWrite;
        this.clock = clock.withZone(OFFICE_ZONE);
    }

    /**
     * The patent, at least at {@code minVersion} when one is given (waiting up to {@code maxWaitMillis} for the
     * projection to catch up).
     *
     * @throws NotFoundException         no such patent, and no version was asked for
     * @throws ProjectionBehindException the view did not reach {@code minVersion} in time
     */
    public PatentDetail detail(String patentId, Long minVersion, Long maxWaitMillis) {
        Document patent = readAfterWrite.read("patent", patentId, minVersion, maxWaitMillis,
                                              () -> views.findFiled(patentId),
                                              document -> document.getLong(PatentDocuments.VERSION));
        return PatentDocuments.detail(patent);
    }

    /** Every step of the patent, with who and when; at least at {@code minVersion} when one is given. */
    public PatentHistory history(String patentId, Long minVersion, Long maxWaitMillis) {
        Document history = readAfterWrite.read("patent", patentId, minVersion, maxWaitMillis,
                                               () -> histories.find(patentId), PatentHistories::version);
        return PatentHistories.read(history);
    }

    /** @throws InvalidQueryException a parameter is not acceptable; it names the parameter */
    public Page<PatentSummary> list(PatentFilterParameters parameters, String sort, String page, String size) {
        PatentFilter filter = PatentFilter.parse(parameters);
        Bson order = PatentSort.ORDER.parse(sort);
        PageRequest request = PageRequest.parse(page, size);
        List<PatentSummary> items = views.findSummaries(filter.filter(), order, request.skip(),
                                                        request.size())
                                         .stream().map(PatentDocuments::summary).toList();
        return Page.of(items, request, views.count(filter.filter()));
    }

    /** @throws InvalidQueryException a parameter is not acceptable; it names the parameter */
    public PatentCounts counts(PatentFilterParameters parameters, String groupBy, String yearOf) {
        PatentFilter filter = PatentFilter.parse(parameters);
        PatentGrouping grouping = PatentGrouping.parse(groupBy, yearOf);
        List<PatentCounts.Group> groups = grouping.groups(views.aggregate(grouping.pipeline(filter.filter())),
                                                          studios::describedOf);
        return new PatentCounts(grouping.parameters(), grouping.yearOfName(),
                                groups.stream().mapToLong(PatentCounts.Group::count).sum(), groups);
    }

    /**
     * The deadlines of the patents of a studio, an enterprise or a region (any combination; none: every patent) on
     * a day, today by default.
     *
     * @throws InvalidQueryException a parameter is not acceptable; it names the parameter
     */
    public PatentDeadlines deadlines(String studio, String enterprise, String region, String on) {
        PatentFilter scope = PatentFilter.scope(studio, enterprise, region);
        return deadlines(scope, QueryParameters.date("on", on, LocalDate.now(clock)));
    }

    /**
     * The deadline calendar of a studio or a region (or an enterprise) as an iCalendar feed.
     *
     * @throws InvalidQueryException neither studio nor region is given, or a parameter is not acceptable
     */
    public String calendarFeed(String studio, String enterprise, String region, String on) {
        PatentFilter scope = PatentFilter.scope(studio, enterprise, region);
        if (!scope.hasScope()) {
            throw new InvalidQueryException("studio", "studio or region is required: a feed covers the patents of "
                    + "one studio (studio=<id>), one region (region=36, 3608 or 360829) or one enterprise");
        }
        PatentDeadlines calendar = deadlines(scope, QueryParameters.date("on", on, LocalDate.now(clock)));
        return PatentCalendarFeed.of(calendarName(scope), calendar, clock.instant());
    }

    private PatentDeadlines deadlines(PatentFilter scope, LocalDate on) {
        List<Deadline> deadlines = views.findAll(scope.filterWithStatusIn(DeadlineCalendar.LIVE)).stream()
                .flatMap(document -> DeadlineCalendar.of(PatentDocuments.view(document),
                                                         PatentDocuments.studio(document), on).stream())
                .toList();
        return PatentDeadlines.of(on, deadlines);
    }

    private String calendarName(PatentFilter scope) {
        StringBuilder name = new StringBuilder("专利期限");
        if (scope.studioId() != null) {
            Map<String, StudioRef> known = studios.describedOf(Set.of(scope.studioId()));
            StudioRef studio = known.get(scope.studioId());
            name.append(" · ").append(studio != null && studio.name() != null ? studio.name() : scope.studioId());
        }
        if (scope.enterprise() != null) {
            name.append(" · ").append(scope.enterprise());
        }
        if (scope.regionPrefix() != null) {
            name.append(" · 地区 ").append(scope.regionPrefix());
        }
        return name.toString();
    }
}
