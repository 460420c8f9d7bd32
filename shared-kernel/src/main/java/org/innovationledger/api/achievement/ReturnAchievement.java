package org.innovationledger.api.achievement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Return a submitted achievement for revision (退回修改), with the reason. */
public record ReturnAchievement(
        @TargetAggregateIdentifier String achievementId,
        @TargetAggregateVersion Long expectedVersion,
        String reviewer,
        LocalDate returnedOn,
        String reason
) {
}
