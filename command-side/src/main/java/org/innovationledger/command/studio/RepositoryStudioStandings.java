package org.innovationledger.command.studio;

import org.axonframework.modelling.command.Repository;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.command.axon.ReadOnlyAggregates;
import org.springframework.stereotype.Component;

/**
 * Reads a studio's status from the studio itself, loaded from its events. A command handler calls it inside its own
 * unit of work; any other caller gets a unit of work that is rolled back, so the studio is never saved.
 */
@Component
class RepositoryStudioStandings implements StudioStandings {

    private final Repository<Studio> studios;

    RepositoryStudioStandings(Repository<Studio> studios) {
        this.studios = studios;
    }

    @Override
    public StudioStatus statusOf(String studioId) {
        return ReadOnlyAggregates.read(studios, studioId, Studio::status);
    }
}
