package org.innovationledger.query.achievement;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.innovationledger.query.testsupport.Documents;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.MessageHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery is at least once, studio and achievement events are projected by different segments in any order, and
 * a replay starts from nothing: the achievement views, histories and studio entries must not care.
 */
class AchievementProjectionRedeliveryTest {

    private final List<DomainEventMessage<?>> history = AchievementExamples.richTimeline().events();

    @AutoClose
    private final InProcessMongo mongo = new InProcessMongo();

    private static MessageHarness achievementsIn(MongoDatabase database) {
        return new AchievementProjectionFixture(database).projections;
    }

    private static Map<String, List<Document>> state(MongoDatabase database) {
        return Documents.of(database, AchievementProjectionFixture.COLLECTIONS);
    }

    private Map<String, List<Document>> deliveredOnce() {
        MongoDatabase database = mongo.database("once");
        achievementsIn(database).deliver(history);
        return state(database);
    }

    @Test
    void everyEventDeliveredTwiceGivesTheSameDocuments() {
        MongoDatabase database = mongo.database("twice");
        MessageHarness achievements = achievementsIn(database);
        history.forEach(event -> achievements.deliver(event).deliver(event));

        assertThat(state(database)).isEqualTo(deliveredOnce());
    }

    @Test
    void aBatchDeliveredAgainAfterACrashChangesNothing() {
        MongoDatabase database = mongo.database("batch-again");
        MessageHarness achievements = achievementsIn(database);
        achievements.deliver(history);
        achievements.deliver(history.subList(3, 20));

        assertThat(state(database)).isEqualTo(deliveredOnce());
    }

    @Test
    void anOldEventAfterANewerOneIsIgnored() {
        MongoDatabase database = mongo.database("old-after-new");
        MessageHarness achievements = achievementsIn(database);
        achievements.deliver(history);
        achievements.deliver(history.get(13)).deliver(history.get(1)).deliver(history.get(17))
                    .deliver(history.get(AchievementExamples.SECOND_RETURN));

        assertThat(state(database)).isEqualTo(deliveredOnce());
    }

    @Test
    void studioEventsMayComeBeforeOrAfterTheAchievementsOfTheStudio() {
        MongoDatabase studiosFirst = mongo.database("studios-first");
        MongoDatabase studiosLast = mongo.database("studios-last");
        AchievementProjectionFixture first = new AchievementProjectionFixture(studiosFirst);
        AchievementProjectionFixture last = new AchievementProjectionFixture(studiosLast);
        first.projections.deliver(history.stream()
                .sorted(Comparator.comparing((DomainEventMessage<?> event) -> !event.getType().equals("Studio")))
                .toList());
        last.projections.deliver(history.stream()
                .sorted(Comparator.comparing((DomainEventMessage<?> event) -> event.getType().equals("Studio")))
                .toList());

        Map<String, List<Document>> expected = deliveredOnce();
        assertThat(state(studiosFirst)).isEqualTo(expected);
        assertThat(state(studiosLast)).isEqualTo(expected);
        for (String achievementId : List.of(AchievementExamples.RICH, AchievementExamples.WITHDRAWN)) {
            assertThat(last.queries.detail(achievementId, null, null).studio().name()).isNotNull();
            assertThat(last.queries.detail(achievementId, null, null).studio())
                    .isEqualTo(first.queries.detail(achievementId, null, null).studio());
        }
    }

    @Test
    void resetAndReplayRebuildsTheSameDocuments() {
        MongoDatabase database = mongo.database("rebuild");
        MessageHarness achievements = achievementsIn(database);
        achievements.deliver(history);
        Map<String, List<Document>> before = state(database);

        achievements.reset();
        assertThat(state(database)).allSatisfy((collection, documents) -> assertThat(documents).isEmpty());
        achievements.deliver(history);

        assertThat(state(database)).isEqualTo(before);
        assertThat(before.get(AchievementViews.COLLECTION)).hasSize(4);
        assertThat(before.get(AchievementHistories.COLLECTION)).hasSize(4);
        assertThat(before.get(AchievementStudios.COLLECTION)).hasSize(2);
    }
}
