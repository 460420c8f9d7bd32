package org.innovationledger.command.patent;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.innovationledger.api.patent.PatentStatus;

/**
 * Where a patent or patent application stands, for rules of other aggregates that depend on it (such as a station's
 * admission).
 */
public interface PatentStandings {

    /**
     * @throws AggregateNotFoundException if no patent application with this id is filed
     */
    PatentStatus statusOf(String patentId);
}
