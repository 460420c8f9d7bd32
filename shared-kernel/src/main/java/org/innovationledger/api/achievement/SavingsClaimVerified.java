package org.innovationledger.api.achievement;

import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** A claim was verified; {@code period} is the claim's, repeated so the fact reads on its own. */
public record SavingsClaimVerified(
        String achievementId,
        String claimId,
        SavingsPeriod period,
        Yuan verifiedAmount,
        String verifiedBy,
        LocalDate verifiedOn,
        String note
) implements AchievementEvent {
}
