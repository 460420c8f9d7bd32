package org.innovationledger.query.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the persisted views' pooled processor reads it: the same streams, which also call the
 * processor's "events may be available" callback every {@code interval}.
 *
 * <p>A pooled processor's coordinator that finds no new event asks again after a fixed 500 ms unless its stream can
 * call it back, and Axon's embedded event store cannot: the events are written by the command side, in another
 * process. That wait was most of the detail views' lag under load (issue 6 benchmark: p50 about 340 ms against 75 ms
 * for the in-memory ledger, whose tracking processor asks every 50 ms). Called back every {@code interval}, the
 * coordinator looks as often as the event store polls; a call while events are flowing is a no-op in Axon.
 */
public final class PolledEventSource extends DelegatingEventSource implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(PolledEventSource.class);

    private final Duration interval;
    private final ScheduledExecutorService ticks;

    public PolledEventSource(StreamableMessageSource<TrackedEventMessage<?>> store, Duration interval) {
        super(store);
        this.interval = interval;
        this.ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "views-event-availability");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new PolledStream(store.openStream(trackingToken));
    }

    @Override
    public void close() {
        ticks.shutdownNow();
    }

    /** A stream of the store's that calls its availability callback every interval until it is closed. */
    private final class PolledStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private volatile ScheduledFuture<?> callbacks;

        PolledStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public synchronized boolean setOnAvailableCallback(Runnable callback) {
            if (callbacks != null) {
                callbacks.cancel(false);
            }
            long millis = interval.toMillis();
            callbacks = ticks.scheduleWithFixedDelay(() -> {
                try {
                    callback.run();
                } catch (RuntimeException e) {
                    logger.warn("The views' processor failed to take an availability call; the next one retries", e);
                }
            }, millis, millis, TimeUnit.MILLISECONDS);
            return true;
        }

        @Override
        public synchronized void close() {
            if (callbacks != null) {
                callbacks.cancel(false);
            }
            stream.close();
        }
    }
}
