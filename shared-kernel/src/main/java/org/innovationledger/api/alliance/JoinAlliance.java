package org.innovationledger.api.alliance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** A studio joins an alliance (加入联盟). */
public record JoinAlliance(
        @TargetAggregateIdentifier String allianceId,
        @TargetAggregateVersion Long expectedVersion,
        String studioId,
        LocalDate joinedOn
) {
}
