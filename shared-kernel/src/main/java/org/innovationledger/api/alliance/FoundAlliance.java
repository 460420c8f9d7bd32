package org.innovationledger.api.alliance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Found a studio alliance (成立创新工作室联盟) led by one studio. */
public record FoundAlliance(
        @TargetAggregateIdentifier String allianceId,
        String name,
        String leadStudioId,
        LocalDate foundedOn,
        String description
) {
}
