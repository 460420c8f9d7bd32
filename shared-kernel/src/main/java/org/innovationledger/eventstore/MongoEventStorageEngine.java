package org.innovationledger.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static org.innovationledger.eventstore.CommitDocuments.POSITION;
import static org.innovationledger.eventstore.CommitDocuments.STREAM_KEY;
import static org.innovationledger.eventstore.CommitDocuments.TIMESTAMP;

/**
 * An Axon {@link org.axonframework.eventsourcing.eventstore.EventStorageEngine} on the MongoDB Java driver.
 * <ul>
 *     <li>One document per commit (all events one unit of work applied to one aggregate), so a crash never leaves
 *     half a command.</li>
 *     <li>Every commit takes a global position from an atomic counter; tracking tokens are
 *     {@link GapAwareTrackingToken}s over those positions, so a commit that lands after a later one is still
 *     delivered, as long as it lands within the gap timeout. The events of one commit share its position and token,
 *     and Axon's processors always handle such events in one batch.</li>
 *     <li>Optimistic concurrency: {@code streamKey} = aggregate + first sequence number is unique, so of two
 *     commits on the same aggregate version exactly one is stored.</li>
 *     <li>Every hot read is an exact-key lookup ({@code _id $in [...]} or {@code streamKey $in [...]}), so the cost
 *     of loading an aggregate or reading the next batch does not grow with the size of the store.</li>
 * </ul>
 * See docs/adr/0003-own-event-storage-engine.md for why this exists.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger logger = LoggerFactory.getLogger(MongoEventStorageEngine.class);
    static final String COUNTER_ID = "commitPosition";
    private static final String COUNTER_VALUE = "value";
    private static final int GAP_WITNESS_PROBES = 4;

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> trackingReads;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> counters;
    private final Duration gapTimeout;
    private final int maxGapOffset;
    private final int streamProbeWidth;
    private final int trackingWindow;
    private final String idempotencyKeyMetaData;
    private final DurabilityBarrier durability;
    private final Clock clock;
    private final BeforeInsert beforeInsert;

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database.withWriteConcern(builder.writeConcern);
        this.commits = database.getCollection(builder.collectionPrefix + "commits");
        this.trackingReads = commits.withReadConcern(builder.trackingReadConcern);
        this.snapshots = database.getCollection(builder.collectionPrefix + "snapshots");
        this.counters = database.getCollection(builder.collectionPrefix + "counters");
        this.gapTimeout = builder.gapTimeout;
        this.maxGapOffset = builder.maxGapOffset;
        this.streamProbeWidth = builder.streamProbeWidth;
        this.trackingWindow = builder.trackingWindow;
        this.idempotencyKeyMetaData = builder.idempotencyKeyMetaData;
        this.durability = builder.durability;
        this.clock = builder.clock;
        this.beforeInsert = builder.beforeInsert;
        if (builder.ensureSchema) {
            ensureSchema();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Declares the indexes this engine relies on (a real MongoDB uses all of them; the embedded server uses the
     * unique single-field ones for lookups) and creates the position counter. Safe to call from many instances.
     */
    public void ensureSchema() {
        commits.createIndex(Indexes.ascending(STREAM_KEY),
                            new IndexOptions().unique(true).sparse(true).name("streamKey_unique"));
        commits.createIndex(Indexes.ascending(CommitDocuments.IDEMPOTENCY_KEY),
                            new IndexOptions().unique(true).sparse(true).name("idempotencyKey_unique"));
        commits.createIndex(Indexes.ascending(TIMESTAMP), new IndexOptions().name("timestamp"));
        counters.updateOne(eq(POSITION, COUNTER_ID), Updates.setOnInsert(COUNTER_VALUE, 0L),
                           new com.mongodb.client.model.UpdateOptions().upsert(true));
    }

    // ---------------------------------------------------------------------------------------------- writing

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        for (List<DomainEventMessage<?>> commit : splitPerAggregate(events)) {
            write(commit, serializer);
        }
        durability.awaitDurable();
    }

    private static List<List<DomainEventMessage<?>>> splitPerAggregate(List<? extends EventMessage<?>> events) {
        List<List<DomainEventMessage<?>>> commits = new ArrayList<>();
        List<DomainEventMessage<?>> current = null;
        for (EventMessage<?> event : events) {
            DomainEventMessage<?> domainEvent = EventUtils.asDomainEventMessage(event);
            if (current == null
                    || !current.get(0).getAggregateIdentifier().equals(domainEvent.getAggregateIdentifier())) {
                current = new ArrayList<>();
                commits.add(current);
            }
            current.add(domainEvent);
        }
        return commits;
    }

    private void write(List<DomainEventMessage<?>> events, Serializer serializer) {
        long position = allocatePosition();
        Instant allocatedAt = clock.instant();
        String idempotencyKey = idempotencyKeyOf(events.get(0));
        Document commit = CommitDocuments.commit(position, allocatedAt, events, idempotencyKey, serializer);
        beforeInsert.run(position);
        Duration elapsed = Duration.between(allocatedAt, clock.instant());
        if (elapsed.compareTo(gapTimeout.dividedBy(2)) > 0) {
            markVoid(position);
            throw new EventStoreException("Commit at position " + position + " took " + elapsed
                                                  + " to write, too close to the gap timeout; it was not stored");
        }
        try {
            commits.insertOne(commit);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw new EventStoreException("Could not store commit at position " + position, e);
            }
            markVoid(position);
            throw conflict(events.get(0), idempotencyKey, e);
        }
    }

    /**
     * Stores many commits at once, for seeding and migrations: their positions are taken in one step and the
     * commits written in one ordered batch. Each list is one commit: consecutive events of one aggregate.
     */
    public void importCommits(List<? extends List<? extends DomainEventMessage<?>>> commitsToStore) {
        if (commitsToStore.isEmpty()) {
            return;
        }
        long first = allocatePositions(commitsToStore.size()) - commitsToStore.size() + 1;
        Instant now = clock.instant();
        List<Document> documents = new ArrayList<>(commitsToStore.size());
        for (int i = 0; i < commitsToStore.size(); i++) {
            documents.add(CommitDocuments.commit(first + i, now, commitsToStore.get(i), null, getEventSerializer()));
        }
        try {
            commits.insertMany(documents);
        } catch (MongoBulkWriteException e) {
            throw new EventStoreException("Could not import " + commitsToStore.size() + " commits", e);
        }
        durability.awaitDurable();
    }

    private long allocatePosition() {
        return allocatePositions(1);
    }

    /**
     * Takes {@code count} consecutive positions and returns the last of them. Asks for the counter as it was
     * before the increment: mongo-java-server returns the document "after" by reference, so under concurrency two
     * writers can see the same value (the increment itself is atomic); the "before" copy is taken under its lock.
     */
    private long allocatePositions(int count) {
        Document before = counters.findOneAndUpdate(
                eq(POSITION, COUNTER_ID), Updates.inc(COUNTER_VALUE, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return (before == null ? 0 : before.getLong(COUNTER_VALUE)) + count;
    }

    private String idempotencyKeyOf(EventMessage<?> event) {
        if (idempotencyKeyMetaData == null) {
            return null;
        }
        Object key = event.getMetaData().get(idempotencyKeyMetaData);
        return key == null ? null : key.toString();
    }

    private void markVoid(long position) {
        try {
            commits.insertOne(CommitDocuments.voidCommit(position, clock.instant()));
        } catch (MongoWriteException e) {
            logger.debug("Position {} could not be marked void; trackers treat it as a gap", position, e);
        }
    }

    private RuntimeException conflict(DomainEventMessage<?> first, String idempotencyKey, Exception cause) {
        if (idempotencyKey != null
                && commits.find(eq(CommitDocuments.IDEMPOTENCY_KEY, idempotencyKey)).first() != null) {
            return new DuplicateIdempotencyKeyException(idempotencyKey);
        }
        String streamKey = CommitDocuments.streamKey(first.getAggregateIdentifier(), first.getSequenceNumber());
        if (commits.find(eq(STREAM_KEY, streamKey)).first() != null) {
            if (first.getSequenceNumber() == 0) {
                return new AggregateStreamCreationException(
                        "Aggregate [" + first.getAggregateIdentifier() + "] already exists", cause);
            }
            return new ConcurrencyException("Aggregate [" + first.getAggregateIdentifier()
                                                    + "] was changed concurrently at sequence "
                                                    + first.getSequenceNumber(), cause);
        }
        return new EventStoreException("Duplicate key storing a commit of [" + first.getAggregateIdentifier() + "]",
                                       cause);
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document stored = snapshots.find(eq(POSITION, snapshot.getAggregateIdentifier()))
                                   .projection(Projections.include(CommitDocuments.snapshotSequenceField()))
                                   .first();
        if (stored != null && CommitDocuments.snapshotSequence(stored) >= snapshot.getSequenceNumber()) {
            return;
        }
        snapshots.replaceOne(eq(POSITION, snapshot.getAggregateIdentifier()),
                             CommitDocuments.snapshot(snapshot, serializer), new ReplaceOptions().upsert(true));
    }

    // ---------------------------------------------------------------------------------------------- aggregates

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier,
                                                                 long firstSequenceNumber) {
        return readStream(aggregateIdentifier, firstSequenceNumber, Integer.MAX_VALUE).stream();
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber, int batchSize) {
        return readStream(aggregateIdentifier, firstSequenceNumber, batchSize);
    }

    /**
     * Follows the aggregate's chain of commits from {@code firstSequenceNumber}: each round trip asks for the
     * stream keys of the next {@code streamProbeWidth} sequence numbers, so a commit is found wherever it starts.
     * Returns whole commits only, stopping once at least {@code limit} events are collected.
     */
    private List<DomainEventData<?>> readStream(String aggregateIdentifier, long firstSequenceNumber, int limit) {
        List<DomainEventData<?>> result = new ArrayList<>();
        long next = firstSequenceNumber;
        while (result.size() < limit) {
            long probeEnd = next + streamProbeWidth;
            Map<Long, Document> byFirstSeq = new HashMap<>();
            for (Document commit : commits.find(in(STREAM_KEY, streamKeys(aggregateIdentifier, next, probeEnd)))) {
                byFirstSeq.put(CommitDocuments.firstSeq(commit), commit);
            }
            Document commit = byFirstSeq.get(next);
            while (commit != null && result.size() < limit) {
                result.addAll(CommitDocuments.events(commit));
                next = CommitDocuments.lastSeq(commit) + 1;
                commit = byFirstSeq.get(next);
            }
            if (commit == null && next < probeEnd) {
                break; // the chain ended inside the probed window: there is nothing more
            }
        }
        return result;
    }

    private static List<String> streamKeys(String aggregateIdentifier, long from, long to) {
        List<String> keys = new ArrayList<>((int) (to - from));
        for (long seq = from; seq < to; seq++) {
            keys.add(CommitDocuments.streamKey(aggregateIdentifier, seq));
        }
        return keys;
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(eq(POSITION, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(CommitDocuments.snapshotData(snapshot));
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        long from = readSnapshotData(aggregateIdentifier).findFirst()
                                                           .map(s -> s.getSequenceNumber() + 1).orElse(0L);
        List<DomainEventData<?>> events = readStream(aggregateIdentifier, from, Integer.MAX_VALUE);
        if (events.isEmpty()) {
            return from == 0 ? Optional.empty() : Optional.of(from - 1);
        }
        return Optional.of(events.get(events.size() - 1).getSequenceNumber());
    }

    /** The commit that first used this idempotency key, if any. */
    public Optional<StoredCommit> findCommitByIdempotencyKey(String idempotencyKey) {
        Document commit = commits.find(eq(CommitDocuments.IDEMPOTENCY_KEY, idempotencyKey)).first();
        if (commit == null) {
            return Optional.empty();
        }
        MetaData metaData = getEventSerializer().deserialize(new SerializedMetaData<>(
                CommitDocuments.firstMetaData(commit), String.class));
        return Optional.of(new StoredCommit(CommitDocuments.position(commit),
                                            commit.getString(CommitDocuments.AGGREGATE_TYPE),
                                            commit.getString(CommitDocuments.AGGREGATE_ID),
                                            CommitDocuments.lastSeq(commit), metaData));
    }

    // ---------------------------------------------------------------------------------------------- tracking

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken token = lastToken == null ? createTailToken() : asGapAware(lastToken);
        int window = Math.max(batchSize, trackingWindow);
        long windowStart = token.getIndex() + 1;
        List<Document> found = readPositions(token.getGaps(), windowStart, windowStart + window - 1);
        if (holdsNoEvents(found)) {
            // Only void or missing positions in the window: look further, up to the head (read only now).
            long head = head();
            for (long start = windowStart + window; holdsNoEvents(found) && start <= head; start += window) {
                found.addAll(readPositions(List.of(), start, Math.min(head, start + window - 1)));
            }
        }
        found.sort(Comparator.comparingLong(CommitDocuments::position));
        token = withoutExpiredGaps(token, found);
        List<TrackedEventData<?>> result = new ArrayList<>();
        for (Document commit : found) {
            token = token.advanceTo(CommitDocuments.position(commit), maxGapOffset);
            if (CommitDocuments.isVoid(commit)) {
                continue;
            }
            for (DomainEventData<String> event : CommitDocuments.events(commit)) {
                result.add(new TrackedDomainEventData<>(token, event));
            }
        }
        return result;
    }

    private List<Document> readPositions(Collection<Long> gaps, long from, long to) {
        List<Long> positions = new ArrayList<>(gaps);
        for (long position = from; position <= to; position++) {
            positions.add(position);
        }
        return trackingReads.find(in(POSITION, positions)).into(new ArrayList<>());
    }

    private static boolean holdsNoEvents(List<Document> commits) {
        return commits.stream().allMatch(CommitDocuments::isVoid);
    }

    private long head() {
        Document counter = counters.find(eq(POSITION, COUNTER_ID)).first();
        return counter == null ? 0 : counter.getLong(COUNTER_VALUE);
    }

    /**
     * Drops the gaps that were not filled by {@code found} and are older than the gap timeout. A gap's age is
     * bounded by any later position: positions are allocated in order, so a gap was allocated before the first
     * commit after it. The witness is the nearest stored commit after the gap (or the token's own position).
     */
    private GapAwareTrackingToken withoutExpiredGaps(GapAwareTrackingToken token, List<Document> found) {
        SortedSet<Long> open = new TreeSet<>(token.getGaps());
        found.forEach(commit -> open.remove(CommitDocuments.position(commit)));
        if (open.isEmpty()) {
            return token;
        }
        List<Long> probes = new ArrayList<>();
        for (long gap : open) {
            for (long position = gap + 1; position <= gap + GAP_WITNESS_PROBES && position < token.getIndex(); position++) {
                probes.add(position);
            }
        }
        probes.add(token.getIndex());
        Map<Long, Instant> witnesses = new HashMap<>();
        for (Document commit : trackingReads.find(in(POSITION, probes))
                                            .projection(Projections.include(TIMESTAMP))) {
            witnesses.put(CommitDocuments.position(commit), CommitDocuments.timestamp(commit));
        }
        Instant cutoff = clock.instant().minus(gapTimeout);
        SortedSet<Long> kept = new TreeSet<>(token.getGaps());
        for (long gap : open) {
            Instant witnessed = witnesses.entrySet().stream()
                                         .filter(w -> w.getKey() > gap)
                                         .min(Map.Entry.comparingByKey())
                                         .map(Map.Entry::getValue).orElse(null);
            if (witnessed != null && witnessed.isBefore(cutoff)) {
                logger.warn("Dropping gap at position {}: nothing was committed there within {} "
                                    + "(a writer failed after taking the position)", gap, gapTimeout);
                kept.remove(gap);
            }
        }
        return kept.size() == token.getGaps().size() ? token : GapAwareTrackingToken.newInstance(token.getIndex(), kept);
    }

    private static GapAwareTrackingToken asGapAware(TrackingToken token) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware;
        }
        throw new IllegalArgumentException("Expected a GapAwareTrackingToken, got " + token);
    }

    @Override
    public GapAwareTrackingToken createTailToken() {
        return GapAwareTrackingToken.newInstance(0, List.of());
    }

    /**
     * The newest stored position; positions below it that are taken but not yet written become gaps (and those
     * above it lie ahead anyway), so no commit in flight at this moment is skipped.
     */
    @Override
    public GapAwareTrackingToken createHeadToken() {
        long head = head();
        long from = Math.max(1, head - trackingWindow + 1);
        List<Long> window = new ArrayList<>();
        for (long position = from; position <= head; position++) {
            window.add(position);
        }
        SortedSet<Long> stored = new TreeSet<>();
        if (!window.isEmpty()) {
            commits.find(in(POSITION, window)).projection(Projections.include(POSITION))
                   .forEach(commit -> stored.add(CommitDocuments.position(commit)));
        }
        if (stored.isEmpty()) {
            return GapAwareTrackingToken.newInstance(from - 1, List.of());
        }
        long newest = stored.last();
        SortedSet<Long> inFlight = new TreeSet<>();
        for (long position = from; position < newest; position++) {
            if (!stored.contains(position)) {
                inFlight.add(position);
            }
        }
        return GapAwareTrackingToken.newInstance(newest, inFlight);
    }

    /** Not a hot path (used to start a processor at a moment in time): one indexed range query on a real MongoDB. */
    @Override
    public GapAwareTrackingToken createTokenAt(Instant dateTime) {
        Document first = commits.find(gte(TIMESTAMP, Date.from(dateTime)))
                                .sort(Sorts.ascending(POSITION)).limit(1).first();
        return first == null ? createHeadToken()
                : GapAwareTrackingToken.newInstance(CommitDocuments.position(first) - 1, List.of());
    }

    /** A hook run between taking a position and writing the commit; tests use it to simulate slow writers. */
    @FunctionalInterface
    public interface BeforeInsert {
        BeforeInsert NONE = position -> {
        };

        void run(long position);
    }

    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private String collectionPrefix = "event_";
        private WriteConcern writeConcern = WriteConcern.MAJORITY.withJournal(true);
        private ReadConcern trackingReadConcern = ReadConcern.MAJORITY;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private int maxGapOffset = 10_000_000;
        private int streamProbeWidth = 16;
        private int trackingWindow = 256;
        private String idempotencyKeyMetaData;
        private DurabilityBarrier durability = DurabilityBarrier.NONE;
        private Clock clock = Clock.systemUTC();
        private BeforeInsert beforeInsert = BeforeInsert.NONE;
        private boolean ensureSchema = true;

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** Collections are named {@code <prefix>commits}, {@code <prefix>snapshots}, {@code <prefix>counters}. */
        public Builder collectionPrefix(String collectionPrefix) {
            this.collectionPrefix = collectionPrefix;
            return this;
        }

        public Builder writeConcern(WriteConcern writeConcern) {
            this.writeConcern = writeConcern;
            return this;
        }

        public Builder trackingReadConcern(ReadConcern trackingReadConcern) {
            this.trackingReadConcern = trackingReadConcern;
            return this;
        }

        /** How long a tracker waits for a position that was taken but not yet written (default 60 s). */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        public Builder streamProbeWidth(int streamProbeWidth) {
            this.streamProbeWidth = streamProbeWidth;
            return this;
        }

        /** How many positions one tracking read asks for at least. */
        public Builder trackingWindow(int trackingWindow) {
            this.trackingWindow = trackingWindow;
            return this;
        }

        /** The meta-data key whose value is stored as the commit's unique idempotency key. */
        public Builder idempotencyKeyMetaData(String key) {
            this.idempotencyKeyMetaData = key;
            return this;
        }

        public Builder durability(DurabilityBarrier durability) {
            this.durability = durability;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder beforeInsert(BeforeInsert beforeInsert) {
            this.beforeInsert = beforeInsert;
            return this;
        }

        /** Whether the constructor declares indexes and the counter (default true). */
        public Builder ensureSchema(boolean ensureSchema) {
            this.ensureSchema = ensureSchema;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("A MongoDatabase is required");
            }
            if (gapTimeout == null || gapTimeout.isNegative() || gapTimeout.isZero()) {
                throw new AxonConfigurationException("The gap timeout must be positive");
            }
        }

        public MongoEventStorageEngine build() {
            return new MongoEventStorageEngine(this);
        }
    }
}
