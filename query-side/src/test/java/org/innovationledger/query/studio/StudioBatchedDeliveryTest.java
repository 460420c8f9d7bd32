package org.innovationledger.query.studio;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.innovationledger.query.testsupport.BatchHarness;
import org.innovationledger.query.testsupport.Documents;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.Recorded;
import org.innovationledger.query.testsupport.StudioEvents;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processor writes a batch of events at once (ViewBatch): whatever the batch size, and with batches delivered
 * again, the studio views — their own fields and their alliance memberships — and the alliance names are the
 * documents one event at a time gives.
 */
class StudioBatchedDeliveryTest {

    private final List<DomainEventMessage<?>> history = StudioEvents.richHistory().events().stream()
                                                                    .<DomainEventMessage<?>>map(Recorded::message)
                                                                    .toList();

    @AutoClose
    private final InProcessMongo mongo = new InProcessMongo();

    private static BatchHarness batched(MongoDatabase database) {
        StudioViews views = new StudioViews(database);
        return new BatchHarness(new StudioProjection(views),
                                new StudioAllianceProjection(views, new AllianceNames(database)));
    }

    private static Map<String, List<Document>> state(MongoDatabase database) {
        return Documents.of(database, StudioViews.COLLECTION, AllianceNames.COLLECTION);
    }

    private Map<String, List<Document>> oneAtATime() {
        MongoDatabase database = mongo.database("one-at-a-time");
        StudioProjectionFixture.studios(database).deliver(StudioEvents.richHistory().events());
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
        BatchHarness studios = batched(database);
        studios.deliverInBatches(history, size);
        studios.deliverInBatches(history.subList(5, 15), size);
        studios.deliverEachTwiceInBatches(history, size);

        assertThat(state(database)).isEqualTo(oneAtATime());
    }
}
