package org.innovationledger.api.alliance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** A studio leaves an alliance (退出联盟). */
public record LeaveAlliance(
        @TargetAggregateIdentifier String allianceId,
        @TargetAggregateVersion Long expectedVersion,
        String studioId,
        LocalDate leftOn,
        String reason
) {
}
