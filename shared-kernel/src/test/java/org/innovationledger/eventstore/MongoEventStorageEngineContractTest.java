package org.innovationledger.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.eventstore.TestEvents.commit;
import static org.innovationledger.eventstore.TestEvents.event;

/** The contract every event storage engine of this project must keep. */
class MongoEventStorageEngineContractTest {

    private InProcessMongo mongo;
    private MongoDatabase database;

    @BeforeEach
    void startStore() {
        mongo = new InProcessMongo();
        database = mongo.database("contract");
    }

    @AfterEach
    void stopStore() {
        mongo.close();
    }

    private MongoEventStorageEngine.Builder engine() {
        return MongoEventStorageEngine.builder()
                                      .database(database)
                                      .eventSerializer(LedgerSerializers.messages())
                                      .snapshotSerializer(LedgerSerializers.snapshots())
                                      .idempotencyKeyMetaData("idempotencyKey");
    }

    private static List<TrackedEventMessage<?>> readAll(MongoEventStorageEngine engine, TrackingToken from) {
        return engine.readEvents(from, false).collect(Collectors.toList());
    }

    private static List<Long> sequences(DomainEventStream stream) {
        List<Long> sequences = new ArrayList<>();
        stream.forEachRemaining(e -> sequences.add(e.getSequenceNumber()));
        return sequences;
    }

    @Test
    void appendedEventsAreReadBackInOrderWithPayloadAndMetaData() {
        MongoEventStorageEngine engine = engine().build();
        engine.appendEvents(commit("a", 0, 3));
        engine.appendEvents(List.of(event("a", 3, Map.of("userId", "u-1"))));
        engine.appendEvents(commit("b", 0, 1));

        List<DomainEventMessage<?>> events = engine.readEvents("a").asStream().collect(Collectors.toList());

        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L, 3L);
        assertThat(events.get(3).getPayload()).isEqualTo(new TestEvents.Happened("a", 3, "note 3"));
        assertThat(events.get(3).getMetaData()).containsEntry("userId", "u-1");
        assertThat(events.get(3).getType()).isEqualTo("Thing");
        assertThat(engine.lastSequenceNumberFor("a")).contains(3L);
        assertThat(engine.lastSequenceNumberFor("unknown")).isEmpty();
        assertThat(sequences(engine.readEvents("a", 3))).containsExactly(3L);
    }

    @Test
    void longStreamsAreFollowedAcrossProbeWindows() {
        MongoEventStorageEngine engine = engine().streamProbeWidth(4).build();
        long seq = 0;
        for (int size : new int[]{1, 5, 2, 9, 1, 1, 1, 1, 1, 3}) {
            engine.appendEvents(commit("long", seq, size));
            seq += size;
        }
        assertThat(sequences(engine.readEvents("long"))).hasSize((int) seq).isSorted();
        assertThat(sequences(engine.readEvents("long", 17))).first().isEqualTo(17L);
    }

    @Test
    void ofTwoCommitsOnTheSameVersionExactlyOneWins() {
        MongoEventStorageEngine engine = engine().build();
        engine.appendEvents(commit("a", 0, 1));

        assertThatThrownBy(() -> engine.appendEvents(commit("a", 0, 2)))
                .isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(commit("a", 1, 1));
        assertThatThrownBy(() -> engine.appendEvents(commit("a", 1, 1)))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(sequences(engine.readEvents("a"))).containsExactly(0L, 1L);
        List<TrackedEventMessage<?>> tracked = readAll(engine, null);
        assertThat(tracked).hasSize(2);
        GapAwareTrackingToken last = (GapAwareTrackingToken) tracked.get(1).trackingToken();
        assertThat(last.getGaps()).as("failed commits leave void positions, not gaps").isEmpty();
    }

    @Test
    void concurrentWritersOnOneVersionStoreExactlyOneCommit() throws Exception {
        MongoEventStorageEngine engine = engine().build();
        engine.appendEvents(commit("hot", 0, 1));
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            writers.add(CompletableFuture.runAsync(() -> {
                try {
                    engine.appendEvents(commit("hot", 1, 2));
                } catch (ConcurrencyException e) {
                    failures.add(e);
                }
            }));
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

        assertThat(failures).hasSize(7);
        assertThat(sequences(engine.readEvents("hot"))).containsExactly(0L, 1L, 2L);
    }

    @Test
    void concurrentWritersOnDifferentAggregatesNeverShareAPosition() throws Exception {
        MongoEventStorageEngine engine = engine().build();
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            String aggregate = "writer-" + w;
            writers.add(CompletableFuture.runAsync(() -> {
                for (int seq = 0; seq < 150; seq++) {
                    engine.appendEvents(commit(aggregate, seq, 1));
                }
            }));
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        List<TrackedEventMessage<?>> tracked = readAll(engine, null);
        assertThat(tracked).hasSize(8 * 150);
        assertThat(((GapAwareTrackingToken) tracked.get(tracked.size() - 1).trackingToken()).getIndex())
                .isEqualTo(8 * 150);
    }

    @Test
    void snapshotRoundTrip() {
        MongoEventStorageEngine engine = engine().build();
        engine.appendEvents(commit("s", 0, 3));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Thing", "s", 2, new TestEvents.Happened("s", 2, "state")));
        engine.appendEvents(commit("s", 3, 2));
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();

        List<DomainEventMessage<?>> loaded = store.readEvents("s").asStream().collect(Collectors.toList());

        assertThat(loaded).extracting(DomainEventMessage::getSequenceNumber).containsExactly(2L, 3L, 4L);
        assertThat(loaded.get(0).getPayload()).isEqualTo(new TestEvents.Happened("s", 2, "state"));
        assertThat(engine.lastSequenceNumberFor("s")).contains(4L);

        engine.storeSnapshot(new GenericDomainEventMessage<>("Thing", "s", 1, new TestEvents.Happened("s", 1, "old")));
        assertThat(engine.readSnapshot("s")).get().extracting(DomainEventMessage::getSequenceNumber)
                                            .as("an older snapshot never replaces a newer one").isEqualTo(2L);
        store.shutDown();
    }

    @Test
    void aCommitDelayedByThreeSecondsIsStillDelivered() throws Exception {
        MongoEventStorageEngine engine = engine().beforeInsert(position -> {
            if (position == 1) {
                sleep(Duration.ofSeconds(3));
            }
        }).build();
        CompletableFuture<Void> slowWriter = CompletableFuture.runAsync(() -> engine.appendEvents(commit("slow", 0, 2)));
        waitUntilPositionTaken(1);
        engine.appendEvents(commit("fast", 0, 1));

        List<TrackedEventMessage<?>> first = readAll(engine, null);
        assertThat(first).extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier()).containsExactly("fast");
        GapAwareTrackingToken afterFirst = (GapAwareTrackingToken) first.get(0).trackingToken();
        assertThat(afterFirst.getGaps()).containsExactly(1L);

        slowWriter.get(10, TimeUnit.SECONDS);
        List<TrackedEventMessage<?>> second = readAll(engine, afterFirst);
        assertThat(second).extracting(e -> ((DomainEventMessage<?>) e).getSequenceNumber()).containsExactly(0L, 1L);
        assertThat(((GapAwareTrackingToken) second.get(1).trackingToken()).getGaps()).isEmpty();
        assertThat(readAll(engine, second.get(1).trackingToken())).isEmpty();
    }

    @Test
    void aGapOlderThanTheTimeoutIsDropped() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
        MongoEventStorageEngine engine = engine().clock(clock).gapTimeout(Duration.ofSeconds(60)).build();
        takePositionAndCrash();                                   // position 1 is never written
        engine.appendEvents(commit("b", 0, 1));                  // position 2
        GapAwareTrackingToken token = (GapAwareTrackingToken) readAll(engine, null).get(0).trackingToken();
        assertThat(token.getGaps()).containsExactly(1L);

        clock.advance(Duration.ofSeconds(30));
        engine.appendEvents(commit("c", 0, 1));                  // position 3, gap still young
        token = (GapAwareTrackingToken) readAll(engine, token).get(0).trackingToken();
        assertThat(token.getGaps()).containsExactly(1L);

        clock.advance(Duration.ofSeconds(31));
        engine.appendEvents(commit("d", 0, 1));                  // position 4, the gap is now 61 s old
        token = (GapAwareTrackingToken) readAll(engine, token).get(0).trackingToken();
        assertThat(token.getGaps()).isEmpty();
        assertThat(token.getIndex()).isEqualTo(4L);
    }

    @Test
    void aWriterTooCloseToTheGapTimeoutStoresNothing() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
        MongoEventStorageEngine engine = engine().clock(clock).gapTimeout(Duration.ofSeconds(60))
                                                 .beforeInsert(p -> clock.advance(Duration.ofSeconds(31))).build();

        assertThatThrownBy(() -> engine.appendEvents(commit("late", 0, 1)))
                .hasMessageContaining("too close to the gap timeout");
        assertThat(engine.readEvents("late").hasNext()).isFalse();
    }

    @Test
    void positionsTakenByCrashedWritersDoNotStopTracking() {
        MongoEventStorageEngine engine = engine().trackingWindow(4).batchSize(4).build();
        for (int i = 0; i < 10; i++) {
            takePositionAndCrash();
        }
        engine.appendEvents(commit("after", 0, 1));

        List<TrackedEventMessage<?>> events = readAll(engine, null);

        assertThat(events).hasSize(1);
        assertThat(((GapAwareTrackingToken) events.get(0).trackingToken()).getIndex()).isEqualTo(11L);
    }

    @Test
    void anIdempotencyKeyIsStoredOnce() {
        MongoEventStorageEngine engine = engine().build();
        engine.appendEvents(List.of(event("a", 0, Map.of("idempotencyKey", "k-1", "entityId", "m-7"))));

        assertThatThrownBy(() -> engine.appendEvents(List.of(event("a", 1, Map.of("idempotencyKey", "k-1")))))
                .isInstanceOf(DuplicateIdempotencyKeyException.class);
        assertThat(engine.findCommitByIdempotencyKey("k-1")).get().satisfies(commit -> {
            assertThat(commit.aggregateIdentifier()).isEqualTo("a");
            assertThat(commit.lastSequenceNumber()).isZero();
            assertThat(commit.metaData()).containsEntry("entityId", "m-7");
        });
        assertThat(engine.findCommitByIdempotencyKey("k-2")).isEmpty();
        assertThat(sequences(engine.readEvents("a"))).containsExactly(0L);
    }

    @Test
    void revisionedEventsAreUpcastOnRead() {
        MongoEventStorageEngine writer = engine().build();
        writer.appendEvents(commit("u", 0, 2));
        MongoEventStorageEngine reader = engine().upcasterChain(new NoteToRemark()).build();

        List<DomainEventMessage<?>> events = reader.readEvents("u").asStream().collect(Collectors.toList());

        assertThat(events.stream().<Object>map(DomainEventMessage::getPayload).collect(Collectors.toList()))
                .containsExactly(new HappenedV2("u", 0, "note 0"), new HappenedV2("u", 1, "note 1"));
        assertThat(readAll(reader, null)).extracting(TrackedEventMessage::getPayload)
                                        .allMatch(HappenedV2.class::isInstance);
    }

    @Test
    void headTokenStartsAfterStoredCommits() {
        MongoEventStorageEngine engine = engine().build();
        engine.appendEvents(commit("a", 0, 1));
        engine.appendEvents(commit("b", 0, 1));
        GapAwareTrackingToken head = engine.createHeadToken();
        engine.appendEvents(commit("c", 0, 1));

        assertThat(head.getIndex()).isEqualTo(2L);
        assertThat(readAll(engine, head)).extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier())
                                         .containsExactly("c");
    }

    @Test
    void hotReadsAreExactKeyLookups() {
        List<BsonDocument> filters = new CopyOnWriteArrayList<>();
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find") || event.getCommandName().equals("findAndModify")) {
                    BsonDocument command = event.getCommand();
                    // the command is only readable during the callback: keep a copy
                    filters.add((command.containsKey("filter") ? command.getDocument("filter")
                                         : command.getDocument("query")).clone());
                }
            }
        };
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString()))
                .addCommandListener(listener).build())) {
            MongoEventStorageEngine engine = engine().database(client.getDatabase(database.getName())).build();
            for (int i = 0; i < 200; i++) {
                engine.appendEvents(commit("agg-" + (i % 20), i / 20, 1));
            }
            filters.clear();

            engine.readEvents("agg-3").asStream().count();
            readAll(engine, null);
            engine.appendEvents(commit("agg-3", 10, 1));

            assertThat(filters).isNotEmpty().allSatisfy(filter -> {
                assertThat(filter.keySet()).as("filter %s", filter).hasSize(1).first().isIn("_id", "streamKey");
                var condition = filter.values().iterator().next();
                if (condition.isDocument()) {
                    assertThat(condition.asDocument().keySet()).as("filter %s", filter).containsExactly("$in");
                }
            });
        }
    }

    // ------------------------------------------------------------------------------------------ support

    private String connectionString() {
        return mongo.client().getClusterDescription().getServerDescriptions().get(0).getAddress().toString()
                    .transform(address -> "mongodb://" + address);
    }

    private void takePositionAndCrash() {
        database.getCollection("event_counters").updateOne(Filters.eq("_id", MongoEventStorageEngine.COUNTER_ID),
                                                           Updates.inc("value", 1L));
    }

    private void waitUntilPositionTaken(long position) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            var counter = database.getCollection("event_counters").find(Filters.eq("_id", MongoEventStorageEngine.COUNTER_ID)).first();
            if (counter != null && counter.getLong("value") >= position) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("position " + position + " was never taken");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record HappenedV2(String aggregateId, long sequence, String remark) {
    }

    /** Revision 2 of the test event renamed {@code note} to {@code remark}. */
    static class NoteToRemark extends SingleEventUpcaster {
        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().getName().equals(TestEvents.Happened.class.getName());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(
                    new SimpleSerializedType(HappenedV2.class.getName(), "2"), JsonNode.class, node -> {
                        ObjectNode object = (ObjectNode) node;
                        object.set("remark", object.remove("note"));
                        return object;
                    });
        }
    }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
