package org.innovationledger.command.axon;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.function.Function;

/**
 * Reads from another aggregate, loaded from its events, for a rule that depends on it (an achievement asks its studio,
 * a station asks what it admits). A command handler reads inside its own unit of work; any other caller gets one that
 * is rolled back, so the aggregate read is never saved.
 */
public final class ReadOnlyAggregates {

    private ReadOnlyAggregates() {
    }

    /**
     * @throws AggregateNotFoundException if no aggregate of this type has the id — also when the id's events are
     *                                    another aggregate's (a studio's id given as an achievement's)
     */
    public static <A, R> R read(Repository<A> repository, String id, Function<A, R> read) {
        if (CurrentUnitOfWork.isStarted()) {
            return load(repository, id, read);
        }
        UnitOfWork<?> readOnly = DefaultUnitOfWork.startAndGet(null);
        try {
            return load(repository, id, read);
        } finally {
            readOnly.rollback();
        }
    }

    private static <A, R> R load(Repository<A> repository, String id, Function<A, R> read) {
        try {
            return repository.load(id).invoke(read);
        } catch (IncompatibleAggregateException e) {
            throw new AggregateNotFoundException(id, "no such aggregate " + id + ": its events are another type's");
        }
    }
}
