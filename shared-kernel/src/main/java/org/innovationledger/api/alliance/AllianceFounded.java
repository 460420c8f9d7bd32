package org.innovationledger.api.alliance;


import java.time.LocalDate;

/** An alliance was founded; its lead studio is its first member. */
public record AllianceFounded(
        String allianceId,
        String name,
        String leadStudioId,
        LocalDate foundedOn,
        String description
) implements AllianceEvent {
}
