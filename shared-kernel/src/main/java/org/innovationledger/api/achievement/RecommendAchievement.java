package org.innovationledger.api.achievement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Recommend an implemented achievement upward (推荐上报) for evaluation and wider adoption. */
public record RecommendAchievement(
        @TargetAggregateIdentifier String achievementId,
        @TargetAggregateVersion Long expectedVersion,
        AwardLevel level,
        String recommendedTo,
        LocalDate recommendedOn,
        String note
) {
}
