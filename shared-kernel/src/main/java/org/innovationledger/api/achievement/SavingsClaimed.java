package org.innovationledger.api.achievement;

import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** Savings were claimed for a period. */
public record SavingsClaimed(
        String achievementId,
        String claimId,
        SavingsPeriod period,
        Yuan amount,
        String method,
        String evidenceRef,
        LocalDate claimedOn
) implements AchievementEvent {
}
