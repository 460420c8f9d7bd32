package org.innovationledger.command.studio;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.innovationledger.api.studio.StudioStatus;

/** Where a studio stands, for rules of other aggregates that depend on it (such as an alliance's). */
public interface StudioStandings {

    /**
     * @throws AggregateNotFoundException if no studio with this id is registered
     */
    StudioStatus statusOf(String studioId);
}
