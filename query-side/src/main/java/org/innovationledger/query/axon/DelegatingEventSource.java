package org.innovationledger.query.axon;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;

/** An event source that hands out streams of its own over {@code store} and leaves its tokens to {@code store}. */
abstract class DelegatingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    protected final StreamableMessageSource<TrackedEventMessage<?>> store;

    DelegatingEventSource(StreamableMessageSource<TrackedEventMessage<?>> store) {
        this.store = store;
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }
}
