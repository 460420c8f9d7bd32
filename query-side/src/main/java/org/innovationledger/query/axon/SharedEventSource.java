package org.innovationledger.query.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The event store as this instance's processors read it: processors at the same place in the stream share one read
 * of it — one query to the store and one deserialization per event — instead of each reading its own.
 *
 * <p>In a full replay the in-memory ledger and the persisted views both read the whole stream from its first event.
 * Reading and deserializing it twice was 29 % of the query side's time, and the store served every event twice
 * (issue 6 profile). Here the stream is read once, in chunks of whole commits, into a window that the streams opened
 * here share:
 * <ul>
 *   <li>A stream opened at the window's start, or at the token of an event in it, <em>joins</em> the window and takes
 *       its events from memory. The stream at the window's end reads the next chunk from the store for all.</li>
 *   <li>That stream runs at most {@code readAhead} events ahead of the slowest stream in the window: the faster
 *       processor waits for the slower, so that each event is read once and the window stays small. A stream that has
 *       not moved for {@code patience} (its processor stopped or is retrying) is no longer waited for, nor is a closed
 *       one.</li>
 *   <li>A stream opened where the window is not, or left behind by it, reads its own stream from the store as before,
 *       and joins the window whenever it has caught up with the store and its position is in the window.</li>
 * </ul>
 * Positions are compared as tokens, by equality. The events of one commit share a token (ADR 0003), so a stream joins
 * after the last event of the commit its token names, and a chunk never splits a commit.
 *
 * <p>A stream that waits for a slower one still answers {@link BlockingStream#hasNextAvailable} truthfully — whether
 * the store holds a next event — so that a processor is never taken for caught up while it waits; its
 * {@code nextAvailable} then blocks until the slower stream has moved on, at most {@code patience}.
 */
public final class SharedEventSource extends DelegatingEventSource implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(SharedEventSource.class);
    /** The most events read from the store at once (the in-memory ledger's batch). */
    static final int CHUNK_SIZE = 1000;
    /**
     * The longest one read of the store goes on for. At the head, events keep arriving while it reads; they wait for
     * the next chunk rather than hold this one back.
     */
    private static final long READ_BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    /** How long a blocking read waits in one go before it looks again (a processor shutting down interrupts it). */
    private static final long WAIT_STEP_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final int readAhead;
    private final long patienceNanos;

    /** Guards the window: its chunks, its start and its members. Held briefly, never while reading the store. */
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a member moves on or leaves, a chunk is added, or a read of the store ends. */
    private final Condition moved = lock.newCondition();

    // Guarded by lock.
    private final List<Chunk> chunks = new ArrayList<>();
    private final Set<Reader> members = new HashSet<>();
    private boolean started;
    /** The token before the window's first event. */
    private TrackingToken start;
    /** The number of the window's first chunk; chunks are numbered from 0 in the order read. */
    private long firstChunk;
    /** The events read into the window since it started: the index of the next event to be read. */
    private long end;
    /**
     * Whether a stream is reading the window's next chunk from the store. Streams waiting for it wait on
     * {@link #moved}, not on a lock: a lock would let the reading stream take it again and again while the others,
     * parked on it, could not take the chunks it adds (measured: a second of lag under load).
     */
    private boolean readingNow;

    /** The window's stream of the store; only the stream that set {@link #readingNow} touches it. */
    private BlockingStream<TrackedEventMessage<?>> source;

    /**
     * @param store     the event store
     * @param readAhead the most events the window's fastest stream runs ahead of its slowest; also how many of the
     *                  newest events the window keeps for streams that open later. At least one chunk.
     * @param patience  how long a stream in the window that does not move is waited for
     */
    public static SharedEventSource over(StreamableMessageSource<TrackedEventMessage<?>> store, int readAhead,
                                         Duration patience) {
        if (readAhead < CHUNK_SIZE) {
            throw new IllegalArgumentException("readAhead must hold at least one chunk (" + CHUNK_SIZE + " events)");
        }
        return new SharedEventSource(store, readAhead, patience);
    }

    /** Hands out the store's own streams: each processor reads on its own. */
    public static SharedEventSource notShared(StreamableMessageSource<TrackedEventMessage<?>> store) {
        return new SharedEventSource(store, 0, Duration.ZERO);
    }

    private SharedEventSource(StreamableMessageSource<TrackedEventMessage<?>> store, int readAhead,
                              Duration patience) {
        super(store);
        this.readAhead = readAhead;
        this.patienceNanos = patience.toNanos();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        if (readAhead == 0) {
            return store.openStream(trackingToken);
        }
        // "From the start" has two names: Axon's processors open at null or at the store's tail token.
        TrackingToken at = trackingToken == null ? store.createTailToken() : trackingToken;
        Reader reader = new Reader(at);
        boolean joined;
        lock.lock();
        try {
            if (!started) {
                started = true;
                start = at;
            }
            joined = reader.joinAt(at);
        } finally {
            lock.unlock();
        }
        if (!joined) {
            reader.readOwn();
        }
        return reader;
    }

    /**
     * Closes the window's read of the store, after a read under way; the processors close their own streams when they
     * stop, before this.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            while (readingNow) {
                moved.awaitUninterruptibly();
            }
            readingNow = true;
        } finally {
            lock.unlock();
        }
        closeSource();
    }

    /** By the stream that set {@link #readingNow}. */
    private void closeSource() {
        if (source != null) {
            source.close();
            source = null;
        }
    }

    /** How many events the window holds now (for tests: it must stay bounded). */
    int eventsHeld() {
        lock.lock();
        try {
            return chunks.stream().mapToInt(chunk -> chunk.events.size()).sum();
        } finally {
            lock.unlock();
        }
    }

    /** A wait in nanoseconds as the whole milliseconds Axon's streams take (none if it has passed). */
    private static int millis(long nanos) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(Math.max(0, nanos)));
    }

    private long endChunk() {
        return firstChunk + chunks.size();
    }

    /** The index of the first event of chunk {@code number} (the window's end if it is the next to be read). */
    private long firstEventOf(long number) {
        return number < endChunk() ? chunks.get((int) (number - firstChunk)).first : end;
    }

    /**
     * Drops the chunks no member needs any more, keeping the newest {@code readAhead} events for streams that open
     * later. Called with the lock held.
     */
    private void trim() {
        long keepFrom = end - readAhead;
        for (Reader member : members) {
            keepFrom = Math.min(keepFrom, member.needs);
        }
        int drop = 0;
        while (drop < chunks.size() && chunks.get(drop).next() <= keepFrom) {
            drop++;
        }
        if (drop > 0) {
            start = chunks.get(drop - 1).lastToken();
            chunks.subList(0, drop).clear();
            firstChunk += drop;
        }
    }

    /** The member other than {@code reader} that needs the oldest event, or null. Called with the lock held. */
    private Reader slowestBesides(Reader reader) {
        Reader slowest = null;
        for (Reader member : members) {
            if (member != reader && (slowest == null || member.needs < slowest.needs)) {
                slowest = member;
            }
        }
        return slowest;
    }

    /** Events read from the store in one go, whole commits. */
    private record Chunk(long number, long first, List<TrackedEventMessage<?>> events) {

        long next() {
            return first + events.size();
        }

        TrackingToken lastToken() {
            return events.get(events.size() - 1).trackingToken();
        }

        /** Whether the event positions of this chunk could include {@code position} (true if either is unknown). */
        boolean mayHold(OptionalLong position) {
            OptionalLong from = events.get(0).trackingToken().position();
            OptionalLong to = lastToken().position();
            return position.isEmpty() || from.isEmpty() || to.isEmpty()
                    || (from.getAsLong() <= position.getAsLong() && position.getAsLong() <= to.getAsLong());
        }
    }

    /** The outcome of asking the window for a reader's next chunk. */
    private enum Next { TAKEN, NONE_YET, WAITING_FOR_SLOWER, LEFT_BEHIND }

    /** Where a reader looks for its next event. */
    private enum Ask {
        /** In the window only (a peek). */
        WINDOW,
        /** In the window, else in the store, reading it for the window (to take the event next). */
        NEXT,
        /**
         * As {@link #NEXT}; a reader held back by a slower one answers whether the store holds a next event, and a read
         * by another stream is waited for however long it takes. Only the store can say that there is no next event,
         * and a processor told so takes itself for caught up.
         */
        STORE
    }

    /** One processor's stream: in the window, or on its own stream from the store. */
    private final class Reader implements BlockingStream<TrackedEventMessage<?>> {

        /** The chunk being read and the offset of its next event (in the window); null before the first. */
        private Chunk chunk;
        private int offset;
        /** The number of the chunk to take when this one is done. */
        private long nextChunk;
        /** The index of the next event this reader needs from the window (what the window keeps for it). */
        private long needs;
        /** When it last took a chunk (System.nanoTime). */
        private long movedAt;
        /** Its own stream from the store while it is not in the window; null while it is. */
        private BlockingStream<TrackedEventMessage<?>> own;
        /** The token of the last event delivered (the opening token before the first). */
        private TrackingToken lastToken;

        Reader(TrackingToken openedAt) {
            this.lastToken = openedAt;
        }

        /**
         * Places this reader right after the last event with {@code token} in the window, or at its start. Called
         * with the lock held.
         */
        boolean joinAt(TrackingToken token) {
            if (Objects.equals(token, start)) {
                place(null, 0, firstChunk);
                return true;
            }
            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
            for (int c = chunks.size() - 1; c >= 0; c--) {
                Chunk candidate = chunks.get(c);
                if (!candidate.mayHold(position)) {
                    continue;
                }
                List<TrackedEventMessage<?>> events = candidate.events;
                for (int i = events.size() - 1; i >= 0; i--) {
                    if (events.get(i).trackingToken().equals(token)) {
                        place(candidate, i + 1, candidate.number + 1);
                        return true;
                    }
                }
            }
            return false;
        }

        private void place(Chunk current, int at, long next) {
            chunk = current;
            offset = at;
            nextChunk = next;
            needs = firstEventOf(next);
            movedAt = System.nanoTime();
            members.add(this);
        }

        /**
         * What is at hand, without reading the store: Axon's processors peek to fill a batch, and at the head, where
         * events keep arriving, a peek that read the store would keep a batch growing, and its events waiting (the
         * in-memory ledger's lag p99 went from 0.4 s to 1.4 s under load).
         */
        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            try {
                return hasNext(0, Ask.WINDOW) ? Optional.of(current()) : Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return hasNext(unit.toNanos(timeout), Ask.STORE);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNext(WAIT_STEP_NANOS, Ask.NEXT)) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
            }
            TrackedEventMessage<?> next = own == null ? chunk.events.get(offset++) : own.nextAvailable();
            lastToken = next.trackingToken();
            return next;
        }

        private TrackedEventMessage<?> current() {
            return own == null ? chunk.events.get(offset) : own.peek().orElseThrow();
        }

        /** Whether a next event is at hand, waiting up to {@code timeoutNanos} for one; {@code ask}: where to look. */
        private boolean hasNext(long timeoutNanos, Ask ask) throws InterruptedException {
            if (own == null && chunk != null && offset < chunk.events.size()) {
                return true;
            }
            long deadline = System.nanoTime() + timeoutNanos;
            while (true) {
                if (own != null) {
                    if (ask == Ask.WINDOW) {
                        return own.peek().isPresent();
                    }
                    if (own.hasNextAvailable(0, TimeUnit.NANOSECONDS)) {
                        return true;
                    }
                    if (tryToJoin()) {
                        continue;
                    }
                    long left = deadline - System.nanoTime();
                    return left > 0 && own.hasNextAvailable(millis(left), TimeUnit.MILLISECONDS);
                }
                if (chunk != null && offset < chunk.events.size()) {
                    return true;
                }
                switch (takeNextChunk(deadline, ask)) {
                    case TAKEN -> { }
                    case LEFT_BEHIND -> readOwn();
                    case NONE_YET -> {
                        return false;
                    }
                    case WAITING_FOR_SLOWER -> {
                        return ask == Ask.STORE && storeHasMore();
                    }
                }
            }
        }

        /**
         * Takes the next chunk from the window, or reads it from the store when this reader is at the window's end
         * and not too far ahead of the slowest member; waits until {@code deadline} (System.nanoTime) at most. The
         * store is asked at once and, if it had nothing, once more at the deadline, as Axon's own streams do.
         */
        private Next takeNextChunk(long deadline, Ask ask) throws InterruptedException {
            while (true) {
                lock.lock();
                try {
                    Next next = takeOrWait(deadline);
                    if (next != null) {
                        return next;
                    }
                    if (ask == Ask.WINDOW) {
                        return Next.NONE_YET;
                    }
                    if (readingNow) {
                        long wait = ask == Ask.STORE ? WAIT_STEP_NANOS : deadline - System.nanoTime();
                        if (wait <= 0) {
                            return Next.NONE_YET;
                        }
                        moved.awaitNanos(wait);
                        continue;
                    }
                    readingNow = true;
                } finally {
                    lock.unlock();
                }
                if (readChunk() == 0 && !awaitChunk(deadline)) {
                    return Next.NONE_YET;
                }
            }
        }

        /**
         * The store had nothing: waits until {@code deadline} or until another stream adds a chunk; false if the
         * deadline has passed already (the store was asked at or after it).
         */
        private boolean awaitChunk(long deadline) throws InterruptedException {
            lock.lock();
            try {
                long wait = deadline - System.nanoTime();
                if (wait <= 0) {
                    return false;
                }
                if (nextChunk >= endChunk()) {
                    moved.awaitNanos(wait);
                }
                return true;
            } finally {
                lock.unlock();
            }
        }

        /**
         * With the lock held: takes the next chunk if the window has it; waits while this reader is too far ahead of
         * a slower member that moves; returns null when this reader should read the next chunk from the store.
         */
        private Next takeOrWait(long deadline) throws InterruptedException {
            while (true) {
                if (nextChunk < firstChunk) {
                    members.remove(this);
                    moved.signalAll();
                    return Next.LEFT_BEHIND;
                }
                members.add(this);
                if (nextChunk < endChunk()) {
                    chunk = chunks.get((int) (nextChunk - firstChunk));
                    offset = 0;
                    nextChunk++;
                    needs = chunk.next();
                    movedAt = System.nanoTime();
                    trim();
                    moved.signalAll();
                    return Next.TAKEN;
                }
                Reader slowest = slowestBesides(this);
                if (slowest == null || end - slowest.needs < readAhead) {
                    return null;
                }
                long now = System.nanoTime();
                if (now - slowest.movedAt >= patienceNanos) {
                    logger.info("A processor's stream has not moved for {} ms; the others read on without it (it "
                                        + "reads on its own once it moves again)",
                                TimeUnit.NANOSECONDS.toMillis(patienceNanos));
                    members.remove(slowest);
                    trim();
                    continue;
                }
                long wait = Math.min(deadline - now, slowest.movedAt + patienceNanos - now);
                if (wait <= 0) {
                    return Next.WAITING_FOR_SLOWER;
                }
                moved.awaitNanos(wait);
            }
        }

        /**
         * Having set {@link #readingNow}: reads what the store holds after the window's end now, whole commits, up to a
         * chunk or for {@link #READ_BUDGET_NANOS}, adds it to the window and returns how many events it read. If the
         * store fails or the thread is interrupted, nothing of this read is kept, the window's stream of the store is
         * opened again by the next read, and the failure goes to the processor, which retries.
         */
        private int readChunk() throws InterruptedException {
            List<TrackedEventMessage<?>> read = new ArrayList<>();
            try {
                BlockingStream<TrackedEventMessage<?>> source = source();
                long stop = System.nanoTime() + READ_BUDGET_NANOS;
                while (read.size() < CHUNK_SIZE && System.nanoTime() < stop
                        && source.hasNextAvailable(0, TimeUnit.NANOSECONDS)) {
                    read.add(source.nextAvailable());
                }
                if (!read.isEmpty()) {
                    TrackingToken last = read.get(read.size() - 1).trackingToken();
                    while (source.peek().filter(event -> last.equals(event.trackingToken())).isPresent()) {
                        read.add(source.nextAvailable());
                    }
                }
            } catch (RuntimeException | InterruptedException e) {
                // Whatever was read is dropped with the stream of the store: a chunk must never end inside a commit.
                closeSource();
                read.clear();
                throw e;
            } finally {
                endRead(read);
            }
            return read.size();
        }

        /** Ends a read of the store: adds what it read as the window's next chunk and wakes the streams waiting. */
        private void endRead(List<TrackedEventMessage<?>> read) {
            lock.lock();
            try {
                if (!read.isEmpty()) {
                    chunks.add(new Chunk(endChunk(), end, read));
                    end += read.size();
                }
                readingNow = false;
                moved.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** Having set {@link #readingNow}: the window's stream of the store, opened at the window's end if need be. */
        private BlockingStream<TrackedEventMessage<?>> source() {
            if (source == null) {
                source = store.openStream(endToken());
            }
            return source;
        }

        private TrackingToken endToken() {
            lock.lock();
            try {
                return chunks.isEmpty() ? start : chunks.get(chunks.size() - 1).lastToken();
            } finally {
                lock.unlock();
            }
        }

        /**
         * Whether the store holds an event after the window's end now; waits for a read under way first. It reads
         * nothing: the stream that asks is too far ahead to add to the window.
         */
        private boolean storeHasMore() throws InterruptedException {
            lock.lock();
            try {
                while (readingNow && nextChunk >= endChunk()) {
                    moved.await();
                }
                if (nextChunk < endChunk()) {
                    return true;
                }
                readingNow = true;
            } finally {
                lock.unlock();
            }
            try {
                return source().hasNextAvailable(0, TimeUnit.NANOSECONDS);
            } catch (RuntimeException e) {
                closeSource();
                throw e;
            } finally {
                endRead(List.of());
            }
        }

        /** Reads a stream of its own from the store, after the last event delivered (a commit's last). */
        private void readOwn() {
            chunk = null;
            own = store.openStream(lastToken);
            logger.debug("A stream reads on its own from {}", lastToken);
        }

        /**
         * Called when its own stream has nothing more for now (so the last commit was delivered whole): joins the
         * window if the window holds its position.
         */
        private boolean tryToJoin() {
            lock.lock();
            try {
                if (!joinAt(lastToken)) {
                    return false;
                }
            } finally {
                lock.unlock();
            }
            own.close();
            own = null;
            logger.debug("A stream joined the shared window at {}", lastToken);
            return true;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            // Other processors read the same events; nothing is skipped for one of them.
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return false;
        }

        @Override
        public void close() {
            lock.lock();
            try {
                members.remove(this);
                trim();
                moved.signalAll();
            } finally {
                lock.unlock();
            }
            chunk = null;
            if (own != null) {
                own.close();
                own = null;
            }
        }
    }
}
