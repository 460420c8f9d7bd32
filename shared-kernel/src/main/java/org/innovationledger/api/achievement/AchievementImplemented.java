package org.innovationledger.api.achievement;

import java.time.LocalDate;

/** The achievement is implemented in production at {@code site} from {@code implementedFrom}. */
public record AchievementImplemented(
        String achievementId,
        String site,
        LocalDate implementedFrom
) implements AchievementEvent {
}
