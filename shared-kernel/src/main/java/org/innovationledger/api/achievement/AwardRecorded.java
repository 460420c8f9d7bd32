package org.innovationledger.api.achievement;

import java.time.LocalDate;

/** The achievement won an award. */
public record AwardRecorded(
        String achievementId,
        String awardId,
        AwardLevel level,
        AwardGrade grade,
        String awardingBody,
        LocalDate awardedOn
) implements AchievementEvent {
}
