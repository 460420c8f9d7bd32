package org.innovationledger.api.station;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Record a milestone of an incubation. */
public record RecordIncubationMilestone(
        @TargetAggregateIdentifier String stationId,
        @TargetAggregateVersion Long expectedVersion,
        String incubationId,
        String milestone,
        LocalDate reachedOn
) {
}
