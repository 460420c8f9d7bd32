package org.innovationledger.api.station;

import java.time.LocalDate;

/** The station admitted an achievement or a patent into incubation (入孵). */
public record IncubationAdmitted(
        String stationId,
        String incubationId,
        IncubationSubject subject,
        LocalDate admittedOn,
        String note
) implements StationEvent {
}
