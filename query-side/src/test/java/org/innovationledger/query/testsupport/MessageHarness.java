package org.innovationledger.query.testsupport;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Delivers event messages — with their meta-data, sequence numbers and timestamps — to the projections of one
 * processing group the way Axon does, through their annotated handlers, and resets them like a replay would.
 */
public final class MessageHarness {

    private final List<AnnotationEventHandlerAdapter> handlers;

    public MessageHarness(Object... projections) {
        this.handlers = Arrays.stream(projections).map(AnnotationEventHandlerAdapter::new).toList();
    }

    public MessageHarness deliver(Collection<? extends EventMessage<?>> events) {
        events.forEach(this::deliver);
        return this;
    }

    public MessageHarness deliver(EventMessage<?> event) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            try {
                if (handler.canHandle(event)) {
                    handler.handle(event);
                }
            } catch (Exception e) {
                throw new IllegalStateException("handling " + event.getPayloadType().getSimpleName() + " "
                        + event.getIdentifier() + " failed", e);
            }
        }
        return this;
    }

    public void reset() {
        handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }
}
