package org.innovationledger.query.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The views' event source hands out the event store's streams unchanged, and makes them call the processor back
 * until they are closed — which the embedded event store's own streams never do.
 */
class PolledEventSourceTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
                                                               .storageEngine(new InMemoryEventStorageEngine())
                                                               .optimizeEventConsumption(false)
                                                               .build();
    private final PolledEventSource source = new PolledEventSource(store, Duration.ofMillis(10));

    @AfterEach
    void close() {
        source.close();
        store.shutDown();
    }

    @Test
    void theStoreItselfCannotCallBack() {
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            assertThat(stream.setOnAvailableCallback(() -> { })).isFalse();
        }
    }

    @Test
    void aStreamCallsBackUntilItIsClosed() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);

        assertThat(stream.setOnAvailableCallback(calls::incrementAndGet)).isTrue();
        await().until(() -> calls.get() >= 3);

        stream.close();
        int afterClose = calls.get();
        TimeUnit.MILLISECONDS.sleep(100);
        assertThat(calls.get()).isLessThanOrEqualTo(afterClose + 1);
    }

    @Test
    void aFailingCallbackIsCalledAgain() {
        AtomicInteger calls = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        stream.setOnAvailableCallback(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("processor shutting down");
        });

        await().until(() -> calls.get() >= 3);
        stream.close();
    }

    @Test
    void streamsAndTokensAreTheStoresOwn() throws InterruptedException {
        store.publish(GenericEventMessage.asEventMessage("一"), GenericEventMessage.asEventMessage("二"));
        TrackingToken tail = source.createTailToken();
        assertThat(tail).isEqualTo(store.createTailToken());
        assertThat(source.createHeadToken()).isEqualTo(store.createHeadToken());

        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(tail)) {
            assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.peek().map(message -> (Object) message.getPayload())).contains("一");
            TrackedEventMessage<?> first = stream.nextAvailable();
            assertThat(first.getPayload()).isEqualTo("一");
            assertThat(first.trackingToken()).isEqualTo(new GlobalSequenceTrackingToken(0));
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("二");
            assertThat(stream.hasNextAvailable(10, TimeUnit.MILLISECONDS)).isFalse();
        }
    }
}
