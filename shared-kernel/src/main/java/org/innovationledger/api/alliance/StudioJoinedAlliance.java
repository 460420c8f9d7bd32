package org.innovationledger.api.alliance;


import java.time.LocalDate;

/** A studio joined the alliance. */
public record StudioJoinedAlliance(
        String allianceId,
        String studioId,
        LocalDate joinedOn
) implements AllianceEvent {
}
