package org.innovationledger.query.studio;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.innovationledger.query.testsupport.Documents;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.ProjectionHarness;
import org.innovationledger.query.testsupport.Recorded;
import org.innovationledger.query.testsupport.StudioEvents;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Delivery is at least once, and a replay starts from nothing: the studio views must not care. */
class StudioProjectionRedeliveryTest {

    private final List<Recorded> history = StudioEvents.richHistory().events();

    @AutoClose
    private final InProcessMongo mongo = new InProcessMongo();

    private static ProjectionHarness studiosIn(MongoDatabase database) {
        return StudioProjectionFixture.studios(database);
    }

    private static Map<String, List<Document>> state(MongoDatabase database) {
        return Documents.of(database, StudioViews.COLLECTION, AllianceNames.COLLECTION);
    }

    private Map<String, List<Document>> deliveredOnce() {
        MongoDatabase database = mongo.database("once");
        studiosIn(database).deliver(history);
        return state(database);
    }

    @Test
    void everyEventDeliveredTwiceGivesTheSameDocuments() {
        MongoDatabase database = mongo.database("twice");
        ProjectionHarness studios = studiosIn(database);
        history.forEach(event -> studios.deliver(event).deliver(event));

        assertThat(state(database)).isEqualTo(deliveredOnce());
    }

    @Test
    void aBatchDeliveredAgainAfterACrashChangesNothing() {
        MongoDatabase database = mongo.database("batch-again");
        ProjectionHarness studios = studiosIn(database);
        studios.deliver(history);
        studios.deliver(history.subList(5, 15));

        assertThat(state(database)).isEqualTo(deliveredOnce());
    }

    @Test
    void anOldEventAfterANewerOneIsIgnored() {
        MongoDatabase database = mongo.database("old-after-new");
        ProjectionHarness studios = studiosIn(database);
        studios.deliver(history);
        studios.deliver(history.get(3)).deliver(history.get(5)).deliver(history.get(0));

        assertThat(state(database)).isEqualTo(deliveredOnce());
    }

    @Test
    void studioAndAllianceEventsMayInterleaveInAnyOrder() {
        MongoDatabase database = mongo.database("alliances-first");
        List<Recorded> alliancesFirst = history.stream()
                .sorted(Comparator.comparing((Recorded event) -> !event.aggregateType().equals("Alliance")))
                .toList();
        studiosIn(database).deliver(alliancesFirst);

        assertThat(state(database)).isEqualTo(deliveredOnce());
    }

    @Test
    void resetAndReplayRebuildsTheSameDocuments() {
        MongoDatabase database = mongo.database("rebuild");
        ProjectionHarness studios = studiosIn(database);
        studios.deliver(history);
        Map<String, List<Document>> before = state(database);

        studios.reset();
        assertThat(state(database)).allSatisfy((collection, documents) -> assertThat(documents).isEmpty());
        studios.deliver(history);

        assertThat(state(database)).isEqualTo(before);
        assertThat(before.get(StudioViews.COLLECTION)).hasSize(2);
    }

    @Test
    void theRichHistoryEndsWhereItShould() {
        StudioViews views = new StudioViews(mongo.database("check"));
        studiosIn(mongo.database("check")).deliver(history);

        StudioDetail studio = StudioDocuments.detail(views.findRegistered("s-1").orElseThrow());

        assertThat(studio.version()).isEqualTo(9);
        assertThat(studio.alliances()).extracting(StudioDetail.AllianceRef::id).containsExactly("a-2", "a-1");
        assertThat(studio.funding().balance()).hasToString("37654.33");
    }
}
