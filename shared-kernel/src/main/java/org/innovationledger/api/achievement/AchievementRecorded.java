package org.innovationledger.api.achievement;

/** An achievement was recorded as a draft under its studio. */
public record AchievementRecorded(
        String achievementId,
        String studioId,
        AchievementContent content
) implements AchievementEvent {
}
