package org.innovationledger.query.alliance;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.innovationledger.query.studio.StudioNames;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.NotFoundException;
import org.innovationledger.query.web.Page;
import org.innovationledger.query.web.PageRequest;
import org.innovationledger.query.web.ProjectionBehindException;
import org.innovationledger.query.web.ReadAfterWrite;
import org.innovationledger.query.web.TextFilter;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Answers the reads on alliances (联盟查询): one alliance by id, or a page of them by name. Studio names are
 * looked up at read time, so a renamed studio shows its new name at once.
 */
@Component
public class AllianceQueries {

    private static final Bson BY_NAME = Sorts.ascending(AllianceDocuments.NAME, AllianceDocuments.ID);

    private final AllianceViews views;
    private final StudioNames studioNames;
    private final ReadAfterWrite readAfterWrite;

    AllianceQueries(AllianceViews views, StudioNames studioNames, ReadAfterWrite readAfterWrite) {
        this.views = views;
        this.studioNames = studioNames;
        this.readAfterWrite = readAfterWrite;
    }

    /**
     * The alliance, at least at {@code minVersion} when one is given (waiting up to {@code maxWaitMillis} for the
     * projection to catch up).
     *
     * @throws NotFoundException          no such alliance, and no version was asked for
     * @throws ProjectionBehindException  the view did not reach {@code minVersion} in time
     */
    public AllianceDetail detail(String allianceId, Long minVersion, Long maxWaitMillis) {
        Document document = readAfterWrite.read("alliance", allianceId, minVersion, maxWaitMillis,
                                                () -> views.find(allianceId),
                                                found -> found.getLong(AllianceDocuments.VERSION));
        AllianceView alliance = AllianceDocuments.view(document);
        return alliance.toDetail(studioNames.of(alliance.stints.stream().map(AllianceView.Stint::studioId)
                                                                .toList()));
    }

    /** @throws InvalidQueryException a parameter is not acceptable; it names the parameter */
    public Page<AllianceSummary> list(AllianceListParameters parameters) {
        String text = TextFilter.parse("q", parameters.q());
        PageRequest page = PageRequest.parse(parameters.page(), parameters.size());
        Bson filter = text == null ? Filters.empty() : TextFilter.contains(AllianceDocuments.NAME, text);
        List<AllianceView> alliances = views.findPage(filter, BY_NAME, page.skip(), page.size()).stream()
                                            .map(AllianceDocuments::view).toList();
        Map<String, String> names = studioNames.of(alliances.stream().map(alliance -> alliance.leadStudioId).toList());
        return Page.of(alliances.stream().map(alliance -> alliance.toSummary(names)).toList(), page,
                       views.count(filter));
    }
}
