package org.innovationledger.api.achievement;

/** A draft or returned achievement was revised; {@code content} replaces the previous one. */
public record AchievementRevised(
        String achievementId,
        AchievementContent content
) implements AchievementEvent {
}
