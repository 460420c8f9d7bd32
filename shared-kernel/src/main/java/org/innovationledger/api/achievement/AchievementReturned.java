package org.innovationledger.api.achievement;

import java.time.LocalDate;

/** The achievement was returned for revision. */
public record AchievementReturned(
        String achievementId,
        String reviewer,
        LocalDate returnedOn,
        String reason
) implements AchievementEvent {
}
