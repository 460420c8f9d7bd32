package org.innovationledger.api.station;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Admit an achievement or a patent into incubation at the station (入孵). */
public record AdmitToIncubation(
        @TargetAggregateIdentifier String stationId,
        @TargetAggregateVersion Long expectedVersion,
        String incubationId,
        IncubationSubject subject,
        LocalDate admittedOn,
        String note
) {
}
