package org.innovationledger.api.achievement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Reject a submitted achievement (不予采纳), with the reason; final. */
public record RejectAchievement(
        @TargetAggregateIdentifier String achievementId,
        @TargetAggregateVersion Long expectedVersion,
        String reviewer,
        LocalDate rejectedOn,
        String reason
) {
}
