package org.innovationledger.query.achievement;

import com.mongodb.client.MongoDatabase;
import org.innovationledger.query.testsupport.MessageHarness;
import org.innovationledger.query.web.ReadAfterWrite;

import java.time.Duration;

/** The achievement projections and queries on one database, wired as Spring wires them. */
final class AchievementProjectionFixture {

    static final String[] COLLECTIONS = {AchievementViews.COLLECTION, AchievementHistories.COLLECTION,
            AchievementStudios.COLLECTION};

    final AchievementViews views;
    final AchievementHistories histories;
    final AchievementStudios studios;
    final MessageHarness projections;
    final AchievementQueries queries;

    AchievementProjectionFixture(MongoDatabase database) {
        views = new AchievementViews(database);
        histories = new AchievementHistories(database);
        studios = new AchievementStudios(database);
        projections = new MessageHarness(new AchievementProjection(views),
                                         new AchievementStudioProjection(studios),
                                         new AchievementHistoryProjection(histories));
        queries = new AchievementQueries(views, histories, studios, new ReadAfterWrite(Duration.ofMillis(100)));
    }
}
