package org.innovationledger.api.achievement;

import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** An adjusting entry was booked on a verified claim: {@code amount} is added (or, negative, taken) from its verified amount in the claim's period. */
public record VerifiedSavingsAdjusted(
        String achievementId,
        String claimId,
        String adjustmentId,
        SavingsPeriod period,
        Yuan amount,
        String adjustedBy,
        LocalDate adjustedOn,
        String reason
) implements AchievementEvent {
}
