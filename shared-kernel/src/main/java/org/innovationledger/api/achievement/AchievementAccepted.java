package org.innovationledger.api.achievement;

import java.time.LocalDate;

/** The achievement was accepted by review. */
public record AchievementAccepted(
        String achievementId,
        String reviewer,
        LocalDate acceptedOn,
        String comment
) implements AchievementEvent {
}
