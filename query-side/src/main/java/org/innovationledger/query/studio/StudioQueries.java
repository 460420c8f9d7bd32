package org.innovationledger.query.studio;

import org.bson.Document;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.NotFoundException;
import org.innovationledger.query.web.Page;
import org.innovationledger.query.web.ProjectionBehindException;
import org.innovationledger.query.web.ReadAfterWrite;
import org.springframework.stereotype.Component;

import java.util.List;

/** Answers the reads on studios (工作室查询): one studio by id, or a filtered, sorted page of them. */
@Component
public class StudioQueries {

    private final StudioViews views;
    private final ReadAfterWrite readAfterWrite;

    StudioQueries(StudioViews views, ReadAfterWrite readAfterWrite) {
        this.views = views;
        this.readAfterWrite = readAfterWrite;
    }

    /**
     * The studio, at least at {@code minVersion} when one is given (waiting up to {@code maxWaitMillis} for the
     * projection to catch up).
     *
     * @throws NotFoundException          no such studio, and no version was asked for
     * @throws ProjectionBehindException  the view did not reach {@code minVersion} in time
     */
    public StudioDetail detail(String studioId, Long minVersion, Long maxWaitMillis) {
        Document studio = readAfterWrite.read("studio", studioId, minVersion, maxWaitMillis,
                                              () -> views.findRegistered(studioId),
                                              document -> document.getLong(StudioDocuments.VERSION));
        return StudioDocuments.detail(studio);
    }

    /** @throws InvalidQueryException a parameter is not acceptable; it names the parameter */
    public Page<StudioSummary> list(StudioListParameters parameters) {
        StudioListQuery query = StudioListQuery.parse(parameters);
        List<StudioSummary> items = views.findSummaries(query.filter(), query.order(), query.page().skip(),
                                                        query.page().size())
                                         .stream().map(StudioDocuments::summary).toList();
        return Page.of(items, query.page(), views.count(query.filter()));
    }
}
