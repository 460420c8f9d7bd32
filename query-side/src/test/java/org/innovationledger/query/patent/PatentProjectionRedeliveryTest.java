package org.innovationledger.query.patent;

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
 * Delivery is at least once, studio and patent events are projected by different segments in any order, and a
 * replay starts from nothing: the patent views, histories and studio entries must not care.
 */
class PatentProjectionRedeliveryTest {

    private final List<DomainEventMessage<?>> history = PatentExamples.richTimeline().events();

    @AutoClose
    private final InProcessMongo mongo = new InProcessMongo();

    private static MessageHarness patentsIn(MongoDatabase database) {
        return new PatentProjectionFixture(database).projections;
    }

    private static Map<String, List<Document>> state(MongoDatabase database) {
        return Documents.of(database, PatentProjectionFixture.COLLECTIONS);
    }

    private Map<String, List<Document>> deliveredOnce() {
        MongoDatabase database = mongo.database("once");
        patentsIn(database).deliver(history);
        return state(database);
    }

    @Test
    void everyEventDeliveredTwiceGivesTheSameDocuments() {
        MongoDatabase database = mongo.database("twice");
        MessageHarness patents = patentsIn(database);
        history.forEach(event -> patents.deliver(event).deliver(event));

        assertThat(state(database)).isEqualTo(deliveredOnce());
    }

    @Test
    void aBatchDeliveredAgainAfterACrashChangesNothing() {
        MongoDatabase database = mongo.database("batch-again");
        MessageHarness patents = patentsIn(database);
        patents.deliver(history);
        patents.deliver(history.subList(5, 25));

        assertThat(state(database)).isEqualTo(deliveredOnce());
    }

    @Test
    void anOldEventAfterANewerOneIsIgnored() {
        MongoDatabase database = mongo.database("old-after-new");
        MessageHarness patents = patentsIn(database);
        patents.deliver(history);
        patents.deliver(history.get(2)).deliver(history.get(14)).deliver(history.get(0)).deliver(history.get(20));

        assertThat(state(database)).isEqualTo(deliveredOnce());
    }

    @Test
    void studioEventsMayComeBeforeOrAfterThePatentsOfTheStudio() {
        MongoDatabase studiosFirst = mongo.database("studios-first");
        MongoDatabase studiosLast = mongo.database("studios-last");
        patentsIn(studiosFirst).deliver(history.stream()
                .sorted(Comparator.comparing((DomainEventMessage<?> event) -> !event.getType().equals("Studio")))
                .toList());
        patentsIn(studiosLast).deliver(history.stream()
                .sorted(Comparator.comparing((DomainEventMessage<?> event) -> event.getType().equals("Studio")))
                .toList());

        Map<String, List<Document>> expected = deliveredOnce();
        assertThat(withoutListOrder(state(studiosFirst))).isEqualTo(withoutListOrder(expected));
        assertThat(withoutListOrder(state(studiosLast))).isEqualTo(withoutListOrder(expected));
    }

    @Test
    void resetAndReplayRebuildsTheSameDocuments() {
        MongoDatabase database = mongo.database("rebuild");
        MessageHarness patents = patentsIn(database);
        patents.deliver(history);
        Map<String, List<Document>> before = state(database);

        patents.reset();
        assertThat(state(database)).allSatisfy((collection, documents) -> assertThat(documents).isEmpty());
        patents.deliver(history);

        assertThat(state(database)).isEqualTo(before);
        assertThat(before.get(PatentViews.COLLECTION)).hasSize(5);
        assertThat(before.get(PatentHistories.COLLECTION)).hasSize(5);
        assertThat(before.get(PatentStudios.COLLECTION)).hasSize(3);
    }

    /** The studio entries list their patents in the order they were filed or seen: a set, compared as one. */
    private static Map<String, List<Document>> withoutListOrder(Map<String, List<Document>> state) {
        state.get(PatentStudios.COLLECTION).forEach(entry -> entry.put("patentIds",
                entry.getList("patentIds", String.class).stream().sorted().toList()));
        return state;
    }
}
