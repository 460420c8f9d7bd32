package org.innovationledger.api.achievement;

import java.time.LocalDate;

/** An unverified claim was rejected; it counts nowhere. */
public record SavingsClaimRejected(
        String achievementId,
        String claimId,
        String rejectedBy,
        LocalDate rejectedOn,
        String reason
) implements AchievementEvent {
}
