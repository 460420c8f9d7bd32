package org.innovationledger.eventstore;

import com.mongodb.client.MongoDatabase;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.constraints.IntRange;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random interleavings of several writers on several aggregates, with commits that land out of position order and
 * a tracking processor restarted mid-stream: every stored event reaches the processor exactly once, and the events
 * of each aggregate arrive in order.
 */
class TrackingDeliveryPropertyTest {

    private static InProcessMongo mongo;
    private static final AtomicInteger databases = new AtomicInteger();

    @BeforeContainer
    static void startStore() {
        mongo = new InProcessMongo();
    }

    @AfterContainer
    static void stopStore() {
        mongo.close();
    }

    record Delivered(String aggregateId, long sequence, String eventId) {
    }

    @Property(tries = 12)
    void everyStoredEventIsDeliveredOnceAndInOrderPerAggregate(
            @ForAll @IntRange(min = 2, max = 4) int writers,
            @ForAll @IntRange(min = 1, max = 5) int aggregates,
            @ForAll @IntRange(min = 5, max = 30) int commitsPerWriter,
            @ForAll @IntRange(min = 0, max = 100) int restartAtPercent,
            @ForAll long seed) throws Exception {
        MongoDatabase database = mongo.database("property" + databases.incrementAndGet());
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(LedgerSerializers.messages())
                .snapshotSerializer(LedgerSerializers.snapshots())
                .batchSize(7).trackingWindow(5)
                .beforeInsert(position -> pause(new Random(seed ^ position).nextInt(4)))
                .build();
        // Events of one commit share a tracking token; Axon's shared event cache assumes unique tokens (ADR 0003).
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).fetchDelay(10)
                                                     .optimizeEventConsumption(false).build();
        TokenStore tokens = new InMemoryTokenStore();
        List<Delivered> delivered = new CopyOnWriteArrayList<>();
        TrackingEventProcessor processor = processor(store, tokens, delivered);
        processor.start();

        int restartAfter = writers * commitsPerWriter * restartAtPercent / 100;
        AtomicInteger written = new AtomicInteger();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Random random = new Random(seed + w);
            running.add(CompletableFuture.runAsync(() -> {
                for (int c = 0; c < commitsPerWriter; c++) {
                    appendWithRetry(engine, "aggregate-" + random.nextInt(aggregates), 1 + random.nextInt(3));
                    written.incrementAndGet();
                }
            }));
        }
        while (written.get() < restartAfter) {
            pause(1);
        }
        processor.shutDown();
        processor = processor(store, tokens, delivered);
        processor.start();
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        Map<String, List<Long>> stored = storedSequences(engine, aggregates);
        long storedCount = stored.values().stream().mapToLong(List::size).sum();
        awaitDeliveries(delivered, storedCount);
        processor.shutDown();
        store.shutDown();

        assertThat(delivered).hasSize((int) storedCount);
        assertThat(new HashSet<>(delivered.stream().map(Delivered::eventId).toList())).hasSize((int) storedCount);
        Map<String, List<Long>> deliveredPerAggregate = new HashMap<>();
        delivered.forEach(d -> deliveredPerAggregate.computeIfAbsent(d.aggregateId(), a -> new ArrayList<>())
                                                    .add(d.sequence()));
        assertThat(deliveredPerAggregate).isEqualTo(stored);
    }

    private static TrackingEventProcessor processor(EmbeddedEventStore source,
                                                    TokenStore tokens, List<Delivered> delivered) {
        EventMessageHandler recorder = new EventMessageHandler() {
            @Override
            public Object handle(EventMessage<?> event) {
                DomainEventMessage<?> domainEvent = (DomainEventMessage<?>) event;
                delivered.add(new Delivered(domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber(),
                                            domainEvent.getIdentifier()));
                return null;
            }
        };
        return TrackingEventProcessor.builder()
                .name("delivery")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(recorder).build())
                .messageSource(source)
                .tokenStore(tokens)
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing().andBatchSize(3)
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .build();
    }

    private static void appendWithRetry(MongoEventStorageEngine engine, String aggregateId, int events) {
        while (true) {
            long next = engine.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
            try {
                engine.appendEvents(TestEvents.commit(aggregateId, next, events));
                return;
            } catch (ConcurrencyException | AggregateStreamCreationException lostTheRace) {
                // another writer took this version: read again and retry on top of it
            }
        }
    }

    private static Map<String, List<Long>> storedSequences(MongoEventStorageEngine engine, int aggregates) {
        Map<String, List<Long>> stored = new HashMap<>();
        for (int a = 0; a < aggregates; a++) {
            List<Long> sequences = new ArrayList<>();
            engine.readEvents("aggregate-" + a).forEachRemaining(e -> sequences.add(e.getSequenceNumber()));
            if (!sequences.isEmpty()) {
                stored.put("aggregate-" + a, sequences);
            }
        }
        return stored;
    }

    private static void awaitDeliveries(List<Delivered> delivered, long expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (delivered.size() < expected && Instant.now().isBefore(deadline)) {
            pause(10);
        }
        pause(50); // anything delivered twice would show up now
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
