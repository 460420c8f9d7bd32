package org.innovationledger.query.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Processors at the same place in the stream read it once between them; every stream still gets every event once, in
 * order, whole commits after its token, wherever it opened and whenever the others stop.
 */
class SharedEventSourceTest {

    private static final int READ_AHEAD = 2_000;
    private final StoreOfCommits store = new StoreOfCommits();

    @Test
    void twoStreamsOpenedTogetherGetEveryEventWhileTheStoreServesEachOnce() throws Exception {
        int events = store.commits(1, 3_000);
        SharedEventSource shared = SharedEventSource.over(store, READ_AHEAD, Duration.ofSeconds(5));
        // Axon's processors name the start either way.
        BlockingStream<TrackedEventMessage<?>> fast = shared.openStream(store.createTailToken());
        BlockingStream<TrackedEventMessage<?>> slow = shared.openStream(null);
        AtomicInteger mostHeld = new AtomicInteger();

        CompletableFuture<List<String>> fastRead = CompletableFuture.supplyAsync(
                () -> readAll(fast, events, 0, () -> mostHeld.accumulateAndGet(shared.eventsHeld(), Math::max)));
        CompletableFuture<List<String>> slowRead = CompletableFuture.supplyAsync(
                () -> readAll(slow, events, 1, () -> { }));

        assertThat(fastRead.get(30, TimeUnit.SECONDS)).isEqualTo(store.payloads());
        assertThat(slowRead.get(30, TimeUnit.SECONDS)).isEqualTo(store.payloads());
        assertThat(store.served.get()).isEqualTo(events);
        assertThat(mostHeld.get()).isLessThanOrEqualTo(READ_AHEAD + 2 * SharedEventSource.CHUNK_SIZE + 2);
    }

    @Test
    void theStreamAheadWaitsForTheSlowerButIsNotTakenForCaughtUp() throws Exception {
        store.commits(1, 5_000);
        SharedEventSource shared = SharedEventSource.over(store, READ_AHEAD, Duration.ofSeconds(30));
        BlockingStream<TrackedEventMessage<?>> ahead = shared.openStream(null);
        BlockingStream<TrackedEventMessage<?>> behind = shared.openStream(null);

        int read = 0;
        while (true) {
            assertThat(ahead.hasNextAvailable(10, TimeUnit.MILLISECONDS)).as("the store holds more").isTrue();
            if (ahead.peek().isEmpty()) {
                break;
            }
            ahead.nextAvailable();
            read++;
        }
        assertThat(read).as("held back").isBetween(READ_AHEAD, READ_AHEAD + SharedEventSource.CHUNK_SIZE + 2);
        CompletableFuture<TrackedEventMessage<?>> next = CompletableFuture.supplyAsync(() -> next(ahead));
        TimeUnit.MILLISECONDS.sleep(200);
        assertThat(next).isNotDone();

        for (int i = 0; i < SharedEventSource.CHUNK_SIZE + 10; i++) {
            behind.nextAvailable();
        }
        assertThat(next.get(5, TimeUnit.SECONDS).getPayload()).isEqualTo(store.payloads().get(read));
    }

    @Test
    void aStreamThatStopsIsWaitedForOnlyAsLongAsThePatienceAndThenReadsOnItsOwn() throws Exception {
        int events = store.commits(1, 5_000);
        SharedEventSource shared = SharedEventSource.over(store, READ_AHEAD, Duration.ofMillis(300));
        BlockingStream<TrackedEventMessage<?>> running = shared.openStream(null);
        BlockingStream<TrackedEventMessage<?>> stopped = shared.openStream(null);
        stopped.nextAvailable();

        assertThat(readAllWithin(running, events)).isEqualTo(store.payloads());
        assertThat(shared.eventsHeld()).isLessThanOrEqualTo(READ_AHEAD + SharedEventSource.CHUNK_SIZE + 2);

        List<String> rest = readAll(stopped, events - 1, 0, () -> { });
        assertThat(rest).isEqualTo(store.payloads().subList(1, events));
    }

    @Test
    void aStreamIsNotToldThatNothingIsLeftWhileAnotherReadsTheStore() throws Exception {
        store.commits(1, 10);
        SharedEventSource shared = SharedEventSource.over(store, READ_AHEAD, Duration.ofSeconds(5));
        BlockingStream<TrackedEventMessage<?>> reading = shared.openStream(null);
        BlockingStream<TrackedEventMessage<?>> asking = shared.openStream(null);
        readAll(reading, store.size(), 0, () -> { });
        readAll(asking, store.size(), 0, () -> { });
        store.commits(11, 11);
        store.slowReads = true;

        CompletableFuture<Boolean> read = CompletableFuture.supplyAsync(() -> hasNext(reading));
        TimeUnit.MILLISECONDS.sleep(50);
        assertThat(asking.hasNextAvailable()).as("the store holds more; a processor told otherwise takes itself "
                                                         + "for caught up").isTrue();
        assertThat(read.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(asking.nextAvailable().getPayload()).isEqualTo("11.0");
    }

    @Test
    void aReadOfTheStoreThatFailsHalfWayLosesNothing() throws Exception {
        store.commits(1, 10);
        SharedEventSource shared = SharedEventSource.over(store, READ_AHEAD, Duration.ofSeconds(5));
        BlockingStream<TrackedEventMessage<?>> stream = shared.openStream(null);
        store.failAfter = 3;

        assertThatThrownBy(() -> stream.hasNextAvailable(10, TimeUnit.MILLISECONDS))
                .isInstanceOf(IllegalStateException.class);
        assertThat(readAllWithin(stream, store.size())).isEqualTo(store.payloads());
    }

    @Test
    void aPeekTakesWhatIsInTheWindowAndDoesNotReadTheStore() throws Exception {
        store.commits(1, 10);
        SharedEventSource shared = SharedEventSource.over(store, READ_AHEAD, Duration.ofSeconds(5));
        BlockingStream<TrackedEventMessage<?>> first = shared.openStream(null);
        BlockingStream<TrackedEventMessage<?>> second = shared.openStream(null);

        assertThat(first.peek()).isEmpty();
        assertThat(store.served.get()).isZero();
        assertThat(first.hasNextAvailable(10, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(second.peek().map(event -> (Object) event.getPayload())).contains("1.0");
    }

    @Test
    void aClosedStreamIsNotWaitedFor() throws Exception {
        int events = store.commits(1, 5_000);
        SharedEventSource shared = SharedEventSource.over(store, READ_AHEAD, Duration.ofMinutes(5));
        BlockingStream<TrackedEventMessage<?>> running = shared.openStream(null);
        shared.openStream(null).close();

        assertThat(readAllWithin(running, events)).isEqualTo(store.payloads());
    }

    @Test
    void aStreamOpenedAtATokenInTheWindowStartsAfterTheWholeCommitOfThatToken() throws Exception {
        store.commits(1, 100);
        SharedEventSource shared = SharedEventSource.over(store, READ_AHEAD, Duration.ofSeconds(5));
        BlockingStream<TrackedEventMessage<?>> first = shared.openStream(null);
        List<String> all = readAll(first, store.size(), 0, () -> { });
        int served = store.served.get();

        BlockingStream<TrackedEventMessage<?>> reopened = shared.openStream(new GlobalSequenceTrackingToken(50));
        List<String> after = readAll(reopened, all.size() - store.eventsUpTo(50), 0, () -> { });

        assertThat(after.get(0)).isEqualTo("51.0");
        assertThat(after).isEqualTo(all.subList(store.eventsUpTo(50), all.size()));
        assertThat(store.served.get()).as("read from the window").isEqualTo(served);
        assertThat(reopened.hasNextAvailable(10, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void aStreamOpenedElsewhereReadsOnItsOwnAndJoinsOnceItHasCaughtUp() throws Exception {
        store.commits(1, 8_000);
        SharedEventSource shared = SharedEventSource.over(store, READ_AHEAD, Duration.ofSeconds(5));
        BlockingStream<TrackedEventMessage<?>> leader = shared.openStream(null);
        readAll(leader, store.size(), 0, () -> { });

        BlockingStream<TrackedEventMessage<?>> late = shared.openStream(new GlobalSequenceTrackingToken(100));
        List<String> caughtUp = readAll(late, store.size() - store.eventsUpTo(100), 0, () -> { });
        assertThat(caughtUp).isEqualTo(store.payloads().subList(store.eventsUpTo(100), store.size()));
        assertThat(late.hasNextAvailable(10, TimeUnit.MILLISECONDS)).isFalse();

        int before = store.size();
        int served = store.served.get();
        int added = store.commits(8_001, 8_100);
        assertThat(readAll(leader, added, 0, () -> { })).isEqualTo(store.payloads().subList(before, store.size()));
        assertThat(readAll(late, added, 0, () -> { })).isEqualTo(store.payloads().subList(before, store.size()));
        assertThat(store.served.get() - served).as("the new events read once for both").isEqualTo(added);
    }

    @Test
    void eachStreamIsTheStoresOwnWhenNotShared() {
        store.commits(1, 10);
        SharedEventSource own = SharedEventSource.notShared(store);
        readAll(own.openStream(null), store.size(), 0, () -> { });
        readAll(own.openStream(null), store.size(), 0, () -> { });
        assertThat(store.served.get()).isEqualTo(2 * store.size());
    }

    /** {@link #readAll} on another thread, failing after 10 s: a stream that lost an event would wait forever. */
    private static List<String> readAllWithin(BlockingStream<TrackedEventMessage<?>> stream, int count)
            throws Exception {
        return CompletableFuture.supplyAsync(() -> readAll(stream, count, 0, () -> { })).get(10, TimeUnit.SECONDS);
    }

    /** Reads {@code count} events as Axon's processors do; {@code pauseEvery} > 0 sleeps a millisecond that often. */
    private static List<String> readAll(BlockingStream<TrackedEventMessage<?>> stream, int count, int pauseEvery,
                                        Runnable afterEach) {
        List<String> payloads = new ArrayList<>();
        try {
            while (payloads.size() < count) {
                if (stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)) {
                    payloads.add((String) stream.nextAvailable().getPayload());
                    while (payloads.size() < count && stream.peek().isPresent()) {
                        payloads.add((String) stream.nextAvailable().getPayload());
                    }
                    afterEach.run();
                    if (pauseEvery > 0) {
                        TimeUnit.MILLISECONDS.sleep(pauseEvery);
                    }
                }
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return payloads;
    }

    private static boolean hasNext(BlockingStream<TrackedEventMessage<?>> stream) {
        try {
            return stream.hasNextAvailable(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TrackedEventMessage<?> next(BlockingStream<TrackedEventMessage<?>> stream) {
        try {
            return stream.nextAvailable();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A store whose commits hold one to three events sharing the commit's token, as ours do (ADR 0003); it counts
     * the events its streams hand out.
     */
    private static final class StoreOfCommits implements StreamableMessageSource<TrackedEventMessage<?>> {

        private final List<TrackedEventMessage<?>> events = new CopyOnWriteArrayList<>();
        private final AtomicInteger served = new AtomicInteger();
        /** Once this many events were handed out, the next read fails (once), as an unreachable store would. */
        private volatile int failAfter = -1;
        /** Each event handed out takes 300 ms, as a slow query would. */
        private volatile boolean slowReads;

        /** Adds commits {@code from} to {@code to}; returns how many events they hold. */
        int commits(int from, int to) {
            int added = 0;
            for (int position = from; position <= to; position++) {
                for (int i = 0; i < 1 + position % 3; i++) {
                    TrackingToken token = new GlobalSequenceTrackingToken(position);
                    events.add(new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage(
                            position + "." + i)));
                    added++;
                }
            }
            return added;
        }

        int size() {
            return events.size();
        }

        int eventsUpTo(long position) {
            return (int) events.stream().filter(event -> event.trackingToken().position().orElseThrow() <= position)
                               .count();
        }

        List<String> payloads() {
            return events.stream().map(event -> (String) event.getPayload()).toList();
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
            long after = token == null ? 0 : token.position().orElseThrow();
            return new BlockingStream<>() {
                private int next = eventsUpTo(after);

                @Override
                public Optional<TrackedEventMessage<?>> peek() {
                    return next < events.size() ? Optional.of(events.get(next)) : Optional.empty();
                }

                @Override
                public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
                    long deadline = System.nanoTime() + unit.toNanos(timeout);
                    while (next >= events.size()) {
                        if (System.nanoTime() >= deadline) {
                            return false;
                        }
                        TimeUnit.MILLISECONDS.sleep(1);
                    }
                    return true;
                }

                @Override
                public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
                    while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
                        Thread.onSpinWait();
                    }
                    if (served.get() == failAfter) {
                        failAfter = -1;
                        throw new IllegalStateException("the store is unreachable");
                    }
                    served.incrementAndGet();
                    if (slowReads) {
                        TimeUnit.MILLISECONDS.sleep(300);
                    }
                    return events.get(next++);
                }

                @Override
                public void close() {
                }
            };
        }

        /** Before the first commit, which is at position 1. */
        @Override
        public TrackingToken createTailToken() {
            return new GlobalSequenceTrackingToken(0);
        }

        @Override
        public TrackingToken createHeadToken() {
            return events.isEmpty() ? null : events.get(events.size() - 1).trackingToken();
        }

        @Override
        public TrackingToken createTokenAt(java.time.Instant dateTime) {
            return null;
        }

        @Override
        public TrackingToken createTokenSince(Duration duration) {
            return null;
        }
    }
}
