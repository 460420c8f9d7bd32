package org.innovationledger.api.studio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Hand the studio to a new leader (变更领衔人). */
public record ChangeLeader(
        @TargetAggregateIdentifier String studioId,
        @TargetAggregateVersion Long expectedVersion,
        Leader leader,
        LocalDate changedOn,
        String reason
) {
}
