package org.innovationledger.api.achievement;

import java.time.LocalDate;

/** Another enterprise or site adopted the achievement. */
public record AchievementAdopted(
        String achievementId,
        String adoptionId,
        String adopter,
        String site,
        LocalDate adoptedOn,
        String note
) implements AchievementEvent {
}
