package org.innovationledger.query.patent;

import com.mongodb.client.MongoDatabase;
import org.innovationledger.query.testsupport.MessageHarness;
import org.innovationledger.query.web.ReadAfterWrite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The patent projections and queries on one database, wired as Spring wires them. */
final class PatentProjectionFixture {

    static final String[] COLLECTIONS = {PatentViews.COLLECTION, PatentHistories.COLLECTION,
            PatentStudios.COLLECTION};

    final PatentViews views;
    final PatentHistories histories;
    final PatentStudios studios;
    final MessageHarness projections;

    PatentProjectionFixture(MongoDatabase database) {
        views = new PatentViews(database);
        histories = new PatentHistories(database);
        studios = new PatentStudios(database, views);
        projections = new MessageHarness(new PatentProjection(views, studios), new PatentStudioProjection(studios),
                                         new PatentHistoryProjection(histories));
    }

    /** Queries whose "today" is the given instant. */
    PatentQueries queries(Instant now) {
        return new PatentQueries(views, histories, studios, new ReadAfterWrite(Duration.ofMillis(100)),
                                 Clock.fixed(now, PatentQueries.OFFICE_ZONE));
    }
}
