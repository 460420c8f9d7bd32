package org.innovationledger.api.station;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** End an incubation with its outcome (出孵). */
public record GraduateIncubation(
        @TargetAggregateIdentifier String stationId,
        @TargetAggregateVersion Long expectedVersion,
        String incubationId,
        GraduationOutcome outcome,
        LocalDate graduatedOn,
        String note
) {
}
