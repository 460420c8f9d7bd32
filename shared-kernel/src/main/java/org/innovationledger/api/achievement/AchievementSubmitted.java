package org.innovationledger.api.achievement;

import java.time.LocalDate;

/** The achievement was submitted for review. */
public record AchievementSubmitted(
        String achievementId,
        LocalDate submittedOn
) implements AchievementEvent {
}
