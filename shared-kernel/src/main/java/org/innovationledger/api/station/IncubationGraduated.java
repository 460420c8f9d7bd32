package org.innovationledger.api.station;

import java.time.LocalDate;

/** An incubation ended (出孵) with its outcome. */
public record IncubationGraduated(
        String stationId,
        String incubationId,
        GraduationOutcome outcome,
        LocalDate graduatedOn,
        String note
) implements StationEvent {
}
