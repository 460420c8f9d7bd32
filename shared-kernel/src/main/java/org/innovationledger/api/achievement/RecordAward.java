package org.innovationledger.api.achievement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Record an award the achievement won (获奖). */
public record RecordAward(
        @TargetAggregateIdentifier String achievementId,
        @TargetAggregateVersion Long expectedVersion,
        String awardId,
        AwardLevel level,
        AwardGrade grade,
        String awardingBody,
        LocalDate awardedOn
) {
}
