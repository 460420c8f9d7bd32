package org.innovationledger.api.achievement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** Book an adjusting entry (调整) on a verified claim: a signed amount, by a verifier, with the reason. */
public record AdjustVerifiedSavings(
        @TargetAggregateIdentifier String achievementId,
        @TargetAggregateVersion Long expectedVersion,
        String claimId,
        String adjustmentId,
        Yuan amount,
        String adjustedBy,
        LocalDate adjustedOn,
        String reason
) {
}
