package org.innovationledger.query.store;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The writes of one batch of events to the persisted views, made once per batch instead of once per event (ADR 0005):
 * each view store reads the documents the batch's events touch with one {@code _id $in} query, applies the events to
 * them in memory with the same per-document sequence guards, and writes the changed documents back with one
 * {@code bulkWrite} when the batch's last event has been handled.
 *
 * <p>The batch is flushed <em>inside</em> the handling of the last event, by {@link #interceptor()}: Axon's pooled
 * processor stores the batch's token in its prepare-commit phase, registered before any handler runs, so a write left
 * for prepare-commit would land after the token — a crash in between would lose it. Flushed before, a crash at any
 * point leaves the token behind the writes and the batch is delivered again, which the guards make harmless. A batch
 * whose handling fails is rolled back with its unit of work and its pending writes are forgotten.
 *
 * <p>Outside a processor's batch (an event handed to a projection directly, as unit tests do) each view store writes
 * at once, through the same code: a batch of one event.
 */
public final class ViewBatch {

    private static final String RESOURCE = ViewBatch.class.getName();

    /** One view store's part of a batch: what it read, what it will write. */
    public interface Pending {

        /** The order of the flush among the stores (lower first): records' own views before copies into them. */
        int order();

        void flush();
    }

    /** Flush orders: a record's own view exists before the studio is copied into it. */
    public static final int VIEWS = 10;
    public static final int SIDE_COLLECTIONS = 20;
    public static final int COPIES = 30;

    private final List<? extends EventMessage<?>> messages;
    private final Map<Object, Pending> pending = new IdentityHashMap<>();
    private final List<Pending> inOrder = new ArrayList<>();

    private ViewBatch(List<? extends EventMessage<?>> messages) {
        this.messages = messages;
    }

    /**
     * Runs {@code work} with the pending writes of {@code store} in the current batch — created on first use — and,
     * outside a batch, with a fresh one flushed right after.
     */
    public static <P extends Pending> void with(Object store, Supplier<P> create, Consumer<P> work) {
        ViewBatch batch = current();
        if (batch == null) {
            P single = create.get();
            work.accept(single);
            single.flush();
            return;
        }
        @SuppressWarnings("unchecked")
        P pending = (P) batch.pending.computeIfAbsent(store, key -> {
            P created = create.get();
            batch.inOrder.add(created);
            return created;
        });
        work.accept(pending);
    }

    /** The pending writes of {@code store} in the current batch, or null outside a batch or before its first use. */
    @SuppressWarnings("unchecked")
    public static <P extends Pending> P existing(Object store) {
        ViewBatch batch = current();
        return batch == null ? null : (P) batch.pending.get(store);
    }

    /** The events of the batch being handled (to read what they touch at once); one event's list outside a batch. */
    public static List<? extends EventMessage<?>> messages() {
        ViewBatch batch = current();
        if (batch != null) {
            return batch.messages;
        }
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getMessage() instanceof EventMessage<?> event) {
            return List.of(event);
        }
        return List.of();
    }

    private static ViewBatch current() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root().getResource(RESOURCE) : null;
    }

    private void flush() {
        inOrder.sort(Comparator.comparingInt(Pending::order));
        for (Pending store : inOrder) {
            store.flush();
        }
    }

    /**
     * The interceptor a processor of persisted views registers: opens the batch on its first event and flushes it
     * after its last one (a unit of work of one event is a batch of one).
     */
    public static MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            UnitOfWork<?> root = unitOfWork.root();
            ViewBatch batch = root.getOrComputeResource(RESOURCE, key -> new ViewBatch(messagesOf(root)));
            Object result = chain.proceed();
            if (!(root instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
                root.resources().remove(RESOURCE);
                batch.flush();
            }
            return result;
        };
    }

    @SuppressWarnings("unchecked")
    private static List<? extends EventMessage<?>> messagesOf(UnitOfWork<?> root) {
        if (root instanceof BatchingUnitOfWork<?> batching) {
            return (List<? extends EventMessage<?>>) batching.getMessages();
        }
        return root.getMessage() instanceof EventMessage<?> event ? List.of(event) : List.of();
    }
}
