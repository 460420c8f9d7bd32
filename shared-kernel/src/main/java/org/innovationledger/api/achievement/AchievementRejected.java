package org.innovationledger.api.achievement;

import java.time.LocalDate;

/** The achievement was rejected; final. */
public record AchievementRejected(
        String achievementId,
        String reviewer,
        LocalDate rejectedOn,
        String reason
) implements AchievementEvent {
}
