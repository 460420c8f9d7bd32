package org.innovationledger.api.alliance;


import java.time.LocalDate;

/** A studio left the alliance. */
public record StudioLeftAlliance(
        String allianceId,
        String studioId,
        LocalDate leftOn,
        String reason
) implements AllianceEvent {
}
