package org.innovationledger.command.studio;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.HdrHistogram.Histogram;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.bson.Document;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.studio.JoinStudio;
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.MemberJoined;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.RegisterStudio;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.command.store.EmbeddedStore;
import org.innovationledger.command.store.GroupCommit;
import org.innovationledger.eventstore.DurabilityBarrier;
import org.innovationledger.eventstore.LedgerSerializers;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The store benchmark of docs/benchmarks.md: this project's event storage engine and the Axon Mongo extension's,
 * side by side in one embedded store (mongo-java-server, H2 backend, acknowledged commands flushed to disk by the
 * same group commit), and the raw driver insert rate into that store as the ceiling. History is seeded in bulk as
 * real studio histories (a registration and nine members joining, one commit per event); then, at each size:
 * command throughput and latency with 1 and 8 client threads (new studios: one registration and four members
 * joining each), the time to load a seeded studio, and the rate at which a no-op tracking processor reads the
 * whole history from zero. Run it with {@code ./ledger bench store}; sizes and time boxes are system properties.
 */
@Tag("benchmark")
class EventStoreBenchmark {

    private static final List<Integer> SIZES = Arrays.stream(
            System.getProperty("bench.sizes", "1000,10000,100000,1000000").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    private static final int EXTENSION_MAX = Integer.getInteger("bench.extensionMaxSize", 100_000);
    private static final Duration TIME_BOX = Duration.ofSeconds(Long.getLong("bench.timeBoxSeconds", 20));
    private static final int EVENTS_PER_SEEDED_STUDIO = 10;
    private static final int UPDATES_PER_NEW_STUDIO = 4;

    private final StringBuilder report = new StringBuilder();

    @Test
    void storeBenchmark() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "store-benchmark-");
        try (EmbeddedStore store = EmbeddedStore.start(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.connectionString("bench"))) {
            GroupCommit durability = new GroupCommit(store::flush);
            MongoDatabase database = client.getDatabase("bench");
            line("# Store benchmark, " + Instant.now());
            line("");
            line("Sizes " + SIZES + "; the extension up to " + EXTENSION_MAX + "; time box per measurement "
                         + TIME_BOX.toSeconds() + " s.");
            line("");
            rawInsertCeiling(database, durability);
            line("");
            line("| engine | stored events | 1 thread cmd/s | p50 ms | p99 ms | 8 threads cmd/s | p50 ms | p99 ms "
                         + "| load p50 ms | load p99 ms | tracking events/s |");
            line("|---|---|---|---|---|---|---|---|---|---|---|");
            warmUp(new Ours(database, durability, "warmup_"));
            measure(new Ours(database, durability, "ours_"));
            warmUp(new Extension(client, durability, "warmup_ext_"));
            measure(new Extension(client, durability, "ext_"));
        } finally {
            Path out = Path.of("target", "store-benchmark.md");
            Files.writeString(out, report);
            System.out.println(report);
            deleteQuietly(dataDir);
        }
    }

    // ------------------------------------------------------------------------------------------ ceiling

    private void rawInsertCeiling(MongoDatabase database, DurabilityBarrier durability) {
        MongoCollection<Document> raw = database.getCollection("raw_ceiling");
        raw.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
        insertRate(raw, 5_000, durability, 2_000_000); // warm-up
        long plain = insertRate(raw, 5_000, DurabilityBarrier.NONE, 0);
        long durable = insertRate(raw, 3_000, durability, 1_000_000);
        MongoEventStorageEngine appendOnly = MongoEventStorageEngine.builder()
                .database(database).collectionPrefix("append_")
                .eventSerializer(LedgerSerializers.messages()).snapshotSerializer(LedgerSerializers.snapshots())
                .durability(durability).build();
        int appends = 3_000;
        for (int i = 0; i < appends; i++) {
            appendOnly.appendEvents(List.of(registered("warm-up-" + i)));
        }
        Instant start = Instant.now();
        for (int i = 0; i < appends; i++) {
            appendOnly.appendEvents(List.of(registered("append-" + i)));
        }
        long appendRate = perSecond(appends, start);
        line("Raw driver inserts (one small document, unique `_id` and `key`), one thread: " + plain
                     + "/s without a flush, **" + durable + "/s flushed to disk after each** (the ceiling for "
                     + "durable commands).");
        line("");
        line("This engine's single-thread append (one-event commit, flushed): **" + appendRate + "/s = "
                     + Math.round(100.0 * appendRate / durable) + "% of the durable ceiling**.");
    }

    private static long insertRate(MongoCollection<Document> raw, int count, DurabilityBarrier durability,
                                   int keyOffset) {
        Instant start = Instant.now();
        for (int i = 0; i < count; i++) {
            raw.insertOne(new Document("_id", (long) keyOffset + i).append("key", "k" + (keyOffset + i))
                                                                  .append("payload", "x".repeat(200)));
            durability.awaitDurable();
        }
        return perSecond(count, start);
    }

    // ------------------------------------------------------------------------------------------ engines

    private abstract static class EngineUnderTest {
        final List<String> seededStudios = new ArrayList<>();
        long storedEvents;

        abstract String name();

        abstract EventStorageEngine engine();

        abstract void seed(List<List<DomainEventMessage<?>>> commits);

        EmbeddedEventStore eventStore() {
            return EmbeddedEventStore.builder().storageEngine(engine()).optimizeEventConsumption(false)
                                     .fetchDelay(20).build();
        }
    }

    private static final class Ours extends EngineUnderTest {
        private final MongoEventStorageEngine engine;

        Ours(MongoDatabase database, DurabilityBarrier durability, String prefix) {
            engine = MongoEventStorageEngine.builder()
                    .database(database).collectionPrefix(prefix)
                    .eventSerializer(LedgerSerializers.messages()).snapshotSerializer(LedgerSerializers.snapshots())
                    .durability(durability).build();
        }

        String name() {
            return "this engine";
        }

        EventStorageEngine engine() {
            return engine;
        }

        void seed(List<List<DomainEventMessage<?>>> commits) {
            engine.importCommits(commits);
        }
    }

    /** The Axon Mongo extension's engine (document per event, 10 s look-back), flushed like ours. */
    private static final class Extension extends EngineUnderTest {
        private final org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine engine;
        private final EventStorageEngine durable;

        Extension(MongoClient client, DurabilityBarrier durability, String prefix) {
            engine = org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine.builder()
                    .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, "bench")
                                                       .domainEventsCollectionName(prefix + "events")
                                                       .snapshotEventsCollectionName(prefix + "snapshots").build())
                    .storageStrategy(new DocumentPerEventStorageStrategy(null, Duration.ofSeconds(10)))
                    .eventSerializer(LedgerSerializers.messages()).snapshotSerializer(LedgerSerializers.snapshots())
                    .build();
            engine.ensureIndexes();
            durable = new DurableEngine(engine, durability);
        }

        String name() {
            return "Axon Mongo extension";
        }

        EventStorageEngine engine() {
            return durable;
        }

        void seed(List<List<DomainEventMessage<?>>> commits) {
            engine.appendEvents(commits.stream().flatMap(List::stream).toList());
        }
    }

    // ------------------------------------------------------------------------------------------ measuring

    /** Runs every measurement on a throwaway history, so that the JIT has compiled the paths measured. */
    private static void warmUp(EngineUnderTest subject) throws Exception {
        seedTo(subject, 20_000);
        for (int round = 0; round < 2; round++) {
            commands(subject, 1);
            commands(subject, 8);
            loads(subject);
            trackingRate(subject);
        }
    }

    private void measure(EngineUnderTest subject) throws Exception {
        for (int size : SIZES) {
            if (subject instanceof Extension && size > EXTENSION_MAX) {
                line("| " + subject.name() + " | " + size + " | not run: every command and every tracking read "
                             + "scans the whole collection on this store | | | | | | | | |");
                continue;
            }
            seedTo(subject, size);
            Result oneThread = commands(subject, 1);
            Result eightThreads = commands(subject, 8);
            Histogram loads = loads(subject);
            long tracking = trackingRate(subject);
            line(String.format("| %s | %,d | %,d | %.2f | %.2f | %,d | %.2f | %.2f | %.2f | %.2f | %,d |",
                               subject.name(), size, oneThread.perSecond, ms(oneThread.latency, 50),
                               ms(oneThread.latency, 99), eightThreads.perSecond, ms(eightThreads.latency, 50),
                               ms(eightThreads.latency, 99), ms(loads, 50), ms(loads, 99), tracking));
        }
    }

    private static void seedTo(EngineUnderTest subject, int size) {
        List<List<DomainEventMessage<?>>> batch = new ArrayList<>();
        while (subject.storedEvents < size) {
            String studioId = "seeded-" + UUID.randomUUID();
            subject.seededStudios.add(studioId);
            batch.add(List.of(registered(studioId)));
            for (int member = 1; member < EVENTS_PER_SEEDED_STUDIO; member++) {
                batch.add(List.of(joined(studioId, member)));
            }
            subject.storedEvents += EVENTS_PER_SEEDED_STUDIO;
            if (batch.size() >= 10_000) {
                subject.seed(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            subject.seed(batch);
        }
    }

    private record Result(long perSecond, Histogram latency) {
    }

    /** New studios, each registered and then joined by four members, from {@code threads} clients at once. */
    private static Result commands(EngineUnderTest subject, int threads) throws Exception {
        EmbeddedEventStore eventStore = subject.eventStore();
        EventSourcingRepository<Studio> repository = EventSourcingRepository.builder(Studio.class)
                                                                            .eventStore(eventStore).build();
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Studio>builder().aggregateType(Studio.class).repository(repository)
                                         .build().subscribe(commandBus);
        CommandGateway gateway = DefaultCommandGateway.builder().commandBus(commandBus).build();
        Histogram latency = new Histogram(3);
        AtomicLong commands = new AtomicLong();
        Instant start = Instant.now();
        Instant deadline = start.plus(TIME_BOX);
        int perThread = 1500 / threads;
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            clients.add(CompletableFuture.runAsync(() -> {
                for (int sent = 0; sent < perThread && Instant.now().isBefore(deadline); ) {
                    String studioId = UUID.randomUUID().toString();
                    sent += timed(latency, () -> gateway.sendAndWait(register(studioId)));
                    for (int m = 1; m <= UPDATES_PER_NEW_STUDIO; m++) {
                        int member = m;
                        sent += timed(latency, () -> gateway.sendAndWait(join(studioId, member)));
                    }
                    commands.addAndGet(1 + UPDATES_PER_NEW_STUDIO);
                }
            }));
        }
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get();
        long rate = perSecond(commands.get(), start);
        subject.storedEvents += commands.get();
        eventStore.shutDown();
        return new Result(rate, latency);
    }

    private static int timed(Histogram histogram, Runnable command) {
        long start = System.nanoTime();
        command.run();
        synchronized (histogram) {
            histogram.recordValue(System.nanoTime() - start);
        }
        return 1;
    }

    private static Histogram loads(EngineUnderTest subject) {
        EmbeddedEventStore eventStore = subject.eventStore();
        EventSourcingRepository<Studio> repository = EventSourcingRepository.builder(Studio.class)
                                                                            .eventStore(eventStore).build();
        Histogram latency = new Histogram(3);
        Random random = new Random(42);
        Instant deadline = Instant.now().plus(TIME_BOX);
        for (int i = 0; i < 1000 && Instant.now().isBefore(deadline); i++) {
            String studioId = subject.seededStudios.get(random.nextInt(subject.seededStudios.size()));
            long start = System.nanoTime();
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            repository.load(studioId);
            unitOfWork.rollback();
            latency.recordValue(System.nanoTime() - start);
        }
        eventStore.shutDown();
        return latency;
    }

    /**
     * Events per second into a no-op tracking processor reading the whole history from the first event (time-boxed),
     * timed from the first event handled to the last, so the processor's own start-up is not counted.
     */
    private static long trackingRate(EngineUnderTest subject) {
        EmbeddedEventStore eventStore = subject.eventStore();
        AtomicLong seen = new AtomicLong();
        AtomicLong firstAt = new AtomicLong();
        AtomicLong lastAt = new AtomicLong();
        EventMessageHandler noOp = new EventMessageHandler() {
            @Override
            public Object handle(EventMessage<?> event) {
                long now = System.nanoTime();
                if (seen.getAndIncrement() == 0) {
                    firstAt.set(now);
                }
                lastAt.set(now);
                return null;
            }
        };
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name("benchmark-" + UUID.randomUUID())
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(noOp).build())
                .messageSource(eventStore)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing().andBatchSize(100)
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .build();
        processor.start();
        Instant deadline = Instant.now().plus(TIME_BOX.multipliedBy(4));
        while (seen.get() < subject.storedEvents && Instant.now().isBefore(deadline)) {
            sleep(20);
        }
        processor.shutDown();
        eventStore.shutDown();
        long nanos = lastAt.get() - firstAt.get();
        return nanos <= 0 ? 0 : Math.round((seen.get() - 1) * 1_000_000_000.0 / nanos);
    }

    // ------------------------------------------------------------------------------------------ messages

    private static RegisterStudio register(String studioId) {
        return new RegisterStudio(studioId, "基准测试工作室", StudioKind.STAFF, NamingLevel.COUNTY, "赣鄱矿业有限公司",
                                  new RegionCode("360829"), "安福县总工会", new Leader("李建华", "全国劳动模范"),
                                  LocalDate.of(2024, 5, 1), null);
    }

    private static JoinStudio join(String studioId, int member) {
        return new JoinStudio(studioId, null, "M-" + member, "成员" + member, "技术骨干", member % 2 == 0,
                              LocalDate.of(2024, 6, 1));
    }

    private static DomainEventMessage<?> registered(String studioId) {
        RegisterStudio command = register(studioId);
        return new GenericDomainEventMessage<>("Studio", studioId, 0, new StudioRegistered(
                studioId, command.name(), command.kind(), command.level(), command.hostEnterprise(),
                command.regionCode(), command.namingUnion(), command.leader(), command.foundedOn(), null));
    }

    private static DomainEventMessage<?> joined(String studioId, int member) {
        return new GenericDomainEventMessage<>("Studio", studioId, member, new MemberJoined(
                studioId, "M-" + member, "成员" + member, "技术骨干", false, LocalDate.of(2024, 6, 1)));
    }

    // ------------------------------------------------------------------------------------------ support

    /** Adds the same flush-before-acknowledge the command side uses to an engine that has no such hook. */
    private record DurableEngine(EventStorageEngine delegate, DurabilityBarrier durability)
            implements EventStorageEngine {

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            delegate.appendEvents(events);
            durability.awaitDurable();
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            delegate.storeSnapshot(snapshot);
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            return delegate.readEvents(trackingToken, mayBlock);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return delegate.readSnapshot(aggregateIdentifier);
        }

        @Override
        public TrackingToken createTailToken() {
            return delegate.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return delegate.createHeadToken();
        }
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1_000_000.0;
    }

    private static long perSecond(long count, Instant since) {
        long nanos = Duration.between(since, Instant.now()).toNanos();
        return nanos == 0 ? 0 : Math.round(count * 1_000_000_000.0 / nanos);
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover folder under target/ is harmless
        }
    }
}
