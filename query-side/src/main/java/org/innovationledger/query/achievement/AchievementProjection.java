package org.innovationledger.query.achievement;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.innovationledger.api.achievement.AchievementAccepted;
import org.innovationledger.api.achievement.AchievementAdopted;
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
import org.innovationledger.query.store.PersistedViews;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Projects the achievements' own events into {@code achievement_views} (成果视图). Each event is applied once: the
 * view remembers the sequence number of the last event it applied and ignores any at or below it.
 */
@Component
@ProcessingGroup(PersistedViews.PROCESSING_GROUP)
class AchievementProjection {

    private final AchievementViews views;

    AchievementProjection(AchievementViews views) {
        this.views = views;
    }

    @EventHandler
    void on(AchievementRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.record(event, recordedAt));
    }

    @EventHandler
    void on(AchievementRevised event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.revise(event));
    }

    @EventHandler
    void on(AchievementSubmitted event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.submit(event));
    }

    @EventHandler
    void on(AchievementAccepted event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.accept(event));
    }

    @EventHandler
    void on(AchievementReturned event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.returnForRevision(event));
    }

    @EventHandler
    void on(AchievementRejected event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.reject(event));
    }

    @EventHandler
    void on(AchievementWithdrawn event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.withdraw(event));
    }

    @EventHandler
    void on(AchievementImplemented event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.implement(event));
    }

    @EventHandler
    void on(AwardRecorded event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.award(event));
    }

    @EventHandler
    void on(AchievementRecommended event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.recommend(event));
    }

    @EventHandler
    void on(AchievementAdopted event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.adopt(event));
    }

    @EventHandler
    void on(SavingsClaimed event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.claimSavings(event));
    }

    @EventHandler
    void on(SavingsClaimCorrected event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.correctClaim(event));
    }

    @EventHandler
    void on(SavingsClaimRejected event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.rejectClaim(event));
    }

    @EventHandler
    void on(SavingsClaimVerified event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.verifyClaim(event));
    }

    @EventHandler
    void on(VerifiedSavingsAdjusted event, @SequenceNumber long sequence) {
        views.apply(event.achievementId(), sequence, achievement -> achievement.adjustVerified(event));
    }

    /** Before a replay from the start: forget every achievement, so the replay rebuilds them. */
    @ResetHandler
    void reset() {
        views.drop();
    }
}
