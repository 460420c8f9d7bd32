package org.innovationledger.command.patent;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.innovationledger.api.patent.PatentStatus;
import org.springframework.stereotype.Component;

/**
 * Reads a patent's status from the patent itself, loaded from its events. A command handler calls it inside its own
 * unit of work; any other caller gets a unit of work that is rolled back, so the patent is never saved. An id whose
 * events are not a patent's (a studio's, say) is no patent.
 */
@Component
class RepositoryPatentStandings implements PatentStandings {

    private final Repository<Patent> patents;

    RepositoryPatentStandings(Repository<Patent> patents) {
        this.patents = patents;
    }

    @Override
    public PatentStatus statusOf(String patentId) {
        if (CurrentUnitOfWork.isStarted()) {
            return load(patentId);
        }
        UnitOfWork<?> readOnly = DefaultUnitOfWork.startAndGet(null);
        try {
            return load(patentId);
        } finally {
            readOnly.rollback();
        }
    }

    private PatentStatus load(String patentId) {
        try {
            return patents.load(patentId).invoke(Patent::status);
        } catch (IncompatibleAggregateException e) {
            // the id's events are another aggregate's: they leave no patent behind
            throw new AggregateNotFoundException(patentId, "no patent " + patentId);
        }
    }
}
