package org.innovationledger.query.achievement;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.innovationledger.query.testsupport.BatchHarness;
import org.innovationledger.query.testsupport.Documents;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processor writes a batch of events at once (ViewBatch): whatever the batch size, and with batches delivered
 * again after a crash, the views, histories and studio entries are the documents one event at a time gives.
 */
class AchievementBatchedDeliveryTest {

    private final List<DomainEventMessage<?>> history = AchievementExamples.richTimeline().events();

    @AutoClose
    private final InProcessMongo mongo = new InProcessMongo();

    private static BatchHarness batched(MongoDatabase database) {
        AchievementProjectionFixture fixture = new AchievementProjectionFixture(database);
        return new BatchHarness(new AchievementProjection(fixture.views),
                                new AchievementStudioProjection(fixture.studios),
                                new AchievementHistoryProjection(fixture.histories));
    }

    private Map<String, List<Document>> oneAtATime() {
        MongoDatabase database = mongo.database("one-at-a-time");
        new AchievementProjectionFixture(database).projections.deliver(history);
        return state(database);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 1000})
    void anyBatchSizeGivesTheSameDocuments(int size) {
        MongoDatabase database = mongo.database("batches-of-" + size);
        batched(database).deliverInBatches(history, size);

        assertThat(state(database)).isEqualTo(oneAtATime());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 7, 1000})
    void batchesDeliveredAgainChangeNothing(int size) {
        MongoDatabase database = mongo.database("again-" + size);
        BatchHarness achievements = batched(database);
        achievements.deliverInBatches(history, size);
        achievements.deliverInBatches(history.subList(2, 17), size);
        achievements.deliverEachTwiceInBatches(history, size);

        assertThat(state(database)).isEqualTo(oneAtATime());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 1000})
    void studioEventsMayComeInTheSameBatchBeforeOrAfterTheAchievements(int size) {
        MongoDatabase studiosFirst = mongo.database("studios-first-" + size);
        MongoDatabase studiosLast = mongo.database("studios-last-" + size);
        batched(studiosFirst).deliverInBatches(history.stream()
                .sorted(Comparator.comparing((DomainEventMessage<?> event) -> !event.getType().equals("Studio")))
                .toList(), size);
        batched(studiosLast).deliverInBatches(history.stream()
                .sorted(Comparator.comparing((DomainEventMessage<?> event) -> event.getType().equals("Studio")))
                .toList(), size);

        Map<String, List<Document>> expected = oneAtATime();
        assertThat(state(studiosFirst)).isEqualTo(expected);
        assertThat(state(studiosLast)).isEqualTo(expected);
    }

    private static Map<String, List<Document>> state(MongoDatabase database) {
        return Documents.of(database, AchievementProjectionFixture.COLLECTIONS);
    }
}
