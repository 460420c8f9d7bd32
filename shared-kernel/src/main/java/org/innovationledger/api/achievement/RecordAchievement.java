package org.innovationledger.api.achievement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an achievement (登记成果) of a studio, as a draft. */
public record RecordAchievement(
        @TargetAggregateIdentifier String achievementId,
        String studioId,
        AchievementContent content
) {
}
