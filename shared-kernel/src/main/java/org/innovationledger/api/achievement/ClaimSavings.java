package org.innovationledger.api.achievement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** Claim the cost savings (效益申报) an implemented achievement brought in a period. */
public record ClaimSavings(
        @TargetAggregateIdentifier String achievementId,
        @TargetAggregateVersion Long expectedVersion,
        String claimId,
        SavingsPeriod period,
        Yuan amount,
        String method,
        String evidenceRef,
        LocalDate claimedOn
) {
}
