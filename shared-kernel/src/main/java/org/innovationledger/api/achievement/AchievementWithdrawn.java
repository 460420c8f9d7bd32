package org.innovationledger.api.achievement;

import java.time.LocalDate;

/** The studio withdrew the achievement before acceptance; final. */
public record AchievementWithdrawn(
        String achievementId,
        LocalDate withdrawnOn,
        String reason
) implements AchievementEvent {
}
