package org.innovationledger.api.achievement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Reject a claim that is not yet verified (不予认定), with the reason. */
public record RejectSavingsClaim(
        @TargetAggregateIdentifier String achievementId,
        @TargetAggregateVersion Long expectedVersion,
        String claimId,
        String rejectedBy,
        LocalDate rejectedOn,
        String reason
) {
}
