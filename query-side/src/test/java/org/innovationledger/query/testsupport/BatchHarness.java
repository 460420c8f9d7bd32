package org.innovationledger.query.testsupport;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.innovationledger.query.store.ViewBatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Delivers events to the projections of one processing group the way Axon's pooled processor does: a batch in one
 * batching unit of work, each event through the persisted views' interceptor ({@link ViewBatch}), which writes the
 * batch after its last event.
 */
public final class BatchHarness {

    private final List<AnnotationEventHandlerAdapter> handlers;

    public BatchHarness(Object... projections) {
        this.handlers = Arrays.stream(projections).map(AnnotationEventHandlerAdapter::new).toList();
    }

    /** Delivers the events in batches of {@code size}. */
    public BatchHarness deliverInBatches(List<? extends EventMessage<?>> events, int size) {
        for (int from = 0; from < events.size(); from += size) {
            deliverBatch(events.subList(from, Math.min(events.size(), from + size)));
        }
        return this;
    }

    /** Delivers every event twice in a row, in batches of {@code size}: a batch may then hold both deliveries. */
    public BatchHarness deliverEachTwiceInBatches(List<? extends EventMessage<?>> events, int size) {
        List<EventMessage<?>> twice = new ArrayList<>(2 * events.size());
        for (EventMessage<?> event : events) {
            twice.add(event);
            twice.add(event);
        }
        return deliverInBatches(twice, size);
    }

    public BatchHarness deliverBatch(List<? extends EventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        ResultMessage<?> result = unitOfWork.executeWithResult(
                () -> new DefaultInterceptorChain<>(unitOfWork, List.of(ViewBatch.interceptor()), event -> {
                    for (AnnotationEventHandlerAdapter handler : handlers) {
                        if (handler.canHandle(event)) {
                            handler.handle(event);
                        }
                    }
                    return null;
                }).proceed(),
                RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("handling a batch failed", result.exceptionResult());
        }
        return this;
    }
}
