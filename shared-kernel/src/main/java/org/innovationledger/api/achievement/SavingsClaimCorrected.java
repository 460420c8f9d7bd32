package org.innovationledger.api.achievement;

import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** An unverified claim was corrected; amount, method and evidence replace the previous ones. */
public record SavingsClaimCorrected(
        String achievementId,
        String claimId,
        Yuan amount,
        String method,
        String evidenceRef,
        LocalDate correctedOn,
        String reason
) implements AchievementEvent {
}
