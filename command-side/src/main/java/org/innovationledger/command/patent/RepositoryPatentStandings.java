package org.innovationledger.command.patent;

import org.axonframework.modelling.command.Repository;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.command.axon.ReadOnlyAggregates;
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
        return ReadOnlyAggregates.read(patents, patentId, Patent::status);
    }
}
