package org.innovationledger.query.testsupport;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Delivers events to the projections of one processing group the way Axon does — through their annotated
 * handlers, resolving {@code @SequenceNumber} and {@code @Timestamp} — and resets them like a replay would.
 */
public final class ProjectionHarness {

    private final List<AnnotationEventHandlerAdapter> handlers;

    public ProjectionHarness(Object... projections) {
        this.handlers = Arrays.stream(projections).map(AnnotationEventHandlerAdapter::new).toList();
    }

    public ProjectionHarness deliver(Collection<Recorded> events) {
        events.forEach(this::deliver);
        return this;
    }

    public ProjectionHarness deliver(Recorded event) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            try {
                handler.handle(event.message());
            } catch (Exception e) {
                throw new IllegalStateException("handling " + event + " failed", e);
            }
        }
        return this;
    }

    public void reset() {
        handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }
}
