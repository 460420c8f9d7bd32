package org.innovationledger.api.station;

import java.time.LocalDate;

/** An incubation reached a milestone (孵化节点): a prototype, a trial, a first customer… */
public record IncubationMilestoneReached(
        String stationId,
        String incubationId,
        String milestone,
        LocalDate reachedOn
) implements StationEvent {
}
