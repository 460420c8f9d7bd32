package org.innovationledger.api.achievement;

import java.time.LocalDate;

/** The achievement was recommended upward to {@code recommendedTo}, a body at {@code level}. */
public record AchievementRecommended(
        String achievementId,
        AwardLevel level,
        String recommendedTo,
        LocalDate recommendedOn,
        String note
) implements AchievementEvent {
}
