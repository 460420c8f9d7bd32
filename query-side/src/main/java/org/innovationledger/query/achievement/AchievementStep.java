package org.innovationledger.query.achievement;

import org.innovationledger.api.achievement.AchievementAccepted;
import org.innovationledger.api.achievement.AchievementAdopted;
import org.innovationledger.api.achievement.AchievementEvent;
import org.innovationledger.api.achievement.AchievementImplemented;
import org.innovationledger.api.achievement.AchievementRecommended;
import org.innovationledger.api.achievement.AchievementRecorded;
import org.innovationledger.api.achievement.AchievementRejected;
import org.innovationledger.api.achievement.AchievementReturned;
import org.innovationledger.api.achievement.AchievementRevised;
import org.innovationledger.api.achievement.AchievementSubmitted;
import org.innovationledger.api.achievement.AchievementWithdrawn;
import org.innovationledger.api.achievement.AwardRecorded;
import org.innovationledger.api.achievement.SavingsClaimCorrected;
import org.innovationledger.api.achievement.SavingsClaimRejected;
import org.innovationledger.api.achievement.SavingsClaimVerified;
import org.innovationledger.api.achievement.SavingsClaimed;
import org.innovationledger.api.achievement.VerifiedSavingsAdjusted;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The steps of an achievement's history (成果事务), one per kind of event, named in English and Chinese. Recording
 * and revising carry no date of their own (the achievement's {@code achievedOn} is not when it was recorded): their
 * day is the event's timestamp, shown as {@code recordedAt}.
 */
public enum AchievementStep {

    RECORDED(AchievementRecorded.class, "Achievement recorded", "登记成果", event -> null),
    REVISED(AchievementRevised.class, "Achievement revised", "修改成果", event -> null),
    SUBMITTED(AchievementSubmitted.class, "Submitted for review", "申报", AchievementSubmitted::submittedOn),
    ACCEPTED(AchievementAccepted.class, "Accepted", "采纳", AchievementAccepted::acceptedOn),
    RETURNED(AchievementReturned.class, "Returned for revision", "退回修改", AchievementReturned::returnedOn),
    REJECTED(AchievementRejected.class, "Not accepted", "不予采纳", AchievementRejected::rejectedOn),
    WITHDRAWN(AchievementWithdrawn.class, "Withdrawn", "撤回", AchievementWithdrawn::withdrawnOn),
    IMPLEMENTED(AchievementImplemented.class, "Implemented in production", "实施",
                AchievementImplemented::implementedFrom),
    AWARDED(AwardRecorded.class, "Award won", "获奖", AwardRecorded::awardedOn),
    RECOMMENDED(AchievementRecommended.class, "Recommended upward", "推荐上报", AchievementRecommended::recommendedOn),
    ADOPTED(AchievementAdopted.class, "Adopted elsewhere", "推广应用", AchievementAdopted::adoptedOn),
    SAVINGS_CLAIMED(SavingsClaimed.class, "Savings claimed", "效益申报", SavingsClaimed::claimedOn),
    SAVINGS_CLAIM_CORRECTED(SavingsClaimCorrected.class, "Savings claim corrected", "更正效益申报",
                            SavingsClaimCorrected::correctedOn),
    SAVINGS_CLAIM_REJECTED(SavingsClaimRejected.class, "Savings claim rejected", "效益不予认定",
                           SavingsClaimRejected::rejectedOn),
    SAVINGS_CLAIM_VERIFIED(SavingsClaimVerified.class, "Savings verified", "效益核实", SavingsClaimVerified::verifiedOn),
    VERIFIED_SAVINGS_ADJUSTED(VerifiedSavingsAdjusted.class, "Verified savings adjusted", "核实效益调整",
                              VerifiedSavingsAdjusted::adjustedOn);

    private final Class<? extends AchievementEvent> eventType;
    private final String english;
    private final String chinese;
    private final Function<AchievementEvent, LocalDate> date;

    <E extends AchievementEvent> AchievementStep(Class<E> eventType, String english, String chinese,
                                                 Function<E, LocalDate> date) {
        this.eventType = eventType;
        this.english = english;
        this.chinese = chinese;
        this.date = event -> date.apply(eventType.cast(event));
    }

    /** The step an event records. */
    public static AchievementStep of(AchievementEvent event) {
        return Arrays.stream(values()).filter(step -> step.eventType.isInstance(event)).findFirst()
                     .orElseThrow(() -> new IllegalArgumentException("no step for " + event.getClass().getName()));
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }

    /** The day the step happened, as the event dates it; null for recording and revising. */
    LocalDate dateOf(AchievementEvent event) {
        return date.apply(event);
    }
}
