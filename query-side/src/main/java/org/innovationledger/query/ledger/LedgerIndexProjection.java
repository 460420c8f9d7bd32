package org.innovationledger.query.ledger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.innovationledger.api.achievement.AchievementAccepted;
import org.innovationledger.api.achievement.AchievementAdopted;
import org.innovationledger.api.achievement.AchievementEvent;
import org.innovationledger.api.achievement.AchievementImplemented;
import org.innovationledger.api.achievement.AchievementRecommended;
import org.innovationledger.api.achievement.AchievementRecorded;
import org.innovationledger.api.achievement.AchievementRejected;
import org.innovationledger.api.achievement.AchievementReturned;
import org.innovationledger.api.achievement.AchievementRevised;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.achievement.AchievementSubmitted;
import org.innovationledger.api.achievement.AchievementWithdrawn;
import org.innovationledger.api.achievement.AwardRecorded;
import org.innovationledger.api.achievement.SavingsClaimCorrected;
import org.innovationledger.api.achievement.SavingsClaimRejected;
import org.innovationledger.api.achievement.SavingsClaimStatus;
import org.innovationledger.api.achievement.SavingsClaimVerified;
import org.innovationledger.api.achievement.SavingsClaimed;
import org.innovationledger.api.achievement.VerifiedSavingsAdjusted;
import org.innovationledger.api.alliance.AllianceFounded;
import org.innovationledger.api.alliance.StudioJoinedAlliance;
import org.innovationledger.api.alliance.StudioLeftAlliance;
import org.innovationledger.api.studio.StudioNameRevoked;
import org.innovationledger.api.studio.StudioProfileUpdated;
import org.innovationledger.api.studio.StudioPromoted;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.api.studio.StudioReinstated;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.api.studio.StudioSuspended;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/**
 * Writes the in-memory ledger from the event stream. It runs in its own processor with an in-memory token
 * ({@link LedgerIndexConfiguration}): each instance reads the whole stream from the first event at start, one
 * event at a time in stream order, so no event is applied twice and none needs a version guard.
 */
@Component
@ProcessingGroup(LedgerIndexConfiguration.PROCESSING_GROUP)
class LedgerIndexProjection {

    private final LedgerIndex index;

    LedgerIndexProjection(LedgerIndex index) {
        this.index = index;
    }

    // studios

    @EventHandler
    void on(StudioRegistered event) {
        index.write(() -> {
            IndexedStudio studio = index.studio(event.studioId());
            studio.name = event.name();
            studio.kind = event.kind();
            studio.level = event.level();
            studio.status = StudioStatus.ACTIVE;
            studio.hostEnterprise = event.hostEnterprise();
            studio.regionCode = event.regionCode().value();
        });
    }

    @EventHandler
    void on(StudioProfileUpdated event) {
        index.write(() -> {
            IndexedStudio studio = index.studio(event.studioId());
            studio.name = event.name();
            studio.hostEnterprise = event.hostEnterprise();
            studio.regionCode = event.regionCode().value();
        });
    }

    @EventHandler
    void on(StudioPromoted event) {
        index.write(() -> index.studio(event.studioId()).level = event.level());
    }

    @EventHandler
    void on(StudioSuspended event) {
        index.write(() -> index.studio(event.studioId()).status = StudioStatus.SUSPENDED);
    }

    @EventHandler
    void on(StudioReinstated event) {
        index.write(() -> index.studio(event.studioId()).status = StudioStatus.ACTIVE);
    }

    @EventHandler
    void on(StudioNameRevoked event) {
        index.write(() -> index.studio(event.studioId()).status = StudioStatus.REVOKED);
    }

    // alliances

    @EventHandler
    void on(AllianceFounded event) {
        index.write(() -> {
            index.nameAlliance(event.allianceId(), event.name());
            index.studio(event.leadStudioId()).allianceIds.add(event.allianceId());
        });
    }

    @EventHandler
    void on(StudioJoinedAlliance event) {
        index.write(() -> index.studio(event.studioId()).allianceIds.add(event.allianceId()));
    }

    @EventHandler
    void on(StudioLeftAlliance event) {
        index.write(() -> index.studio(event.studioId()).allianceIds.remove(event.allianceId()));
    }

    // achievements

    @EventHandler
    void on(AchievementRecorded event) {
        index.write(() -> index.record(event.achievementId(), event.studioId()).show(event.content()));
    }

    @EventHandler
    void on(AchievementRevised event) {
        change(event, achievement -> achievement.show(event.content()));
    }

    @EventHandler
    void on(AchievementSubmitted event) {
        change(event, achievement -> achievement.status = AchievementStatus.SUBMITTED);
    }

    @EventHandler
    void on(AchievementAccepted event) {
        change(event, achievement -> achievement.status = AchievementStatus.ACCEPTED);
    }

    @EventHandler
    void on(AchievementReturned event) {
        change(event, achievement -> achievement.status = AchievementStatus.RETURNED);
    }

    @EventHandler
    void on(AchievementRejected event) {
        change(event, achievement -> achievement.status = AchievementStatus.REJECTED);
    }

    @EventHandler
    void on(AchievementWithdrawn event) {
        change(event, achievement -> achievement.status = AchievementStatus.WITHDRAWN);
    }

    @EventHandler
    void on(AchievementImplemented event) {
        change(event, achievement -> achievement.status = AchievementStatus.IMPLEMENTED);
    }

    @EventHandler
    void on(AwardRecorded event) {
        change(event, achievement -> achievement.award(event.level()));
    }

    @EventHandler
    void on(AchievementRecommended event) {
        change(event, achievement -> {
            if (achievement.status != AchievementStatus.ADOPTED) {
                achievement.status = AchievementStatus.RECOMMENDED;
            }
        });
    }

    @EventHandler
    void on(AchievementAdopted event) {
        change(event, achievement -> achievement.status = AchievementStatus.ADOPTED);
    }

    // savings

    @EventHandler
    void on(SavingsClaimed event) {
        change(event, achievement -> achievement.claims.add(
                new IndexedClaim(event.claimId(), event.period(), Fen.of(event.amount()))));
    }

    @EventHandler
    void on(SavingsClaimCorrected event) {
        change(event, achievement -> achievement.claim(event.claimId())
                                                .ifPresent(claim -> claim.claimedFen = Fen.of(event.amount())));
    }

    @EventHandler
    void on(SavingsClaimRejected event) {
        change(event, achievement -> achievement.claim(event.claimId())
                                                .ifPresent(claim -> claim.status = SavingsClaimStatus.REJECTED));
    }

    @EventHandler
    void on(SavingsClaimVerified event) {
        change(event, achievement -> achievement.claim(event.claimId()).ifPresent(claim -> {
            claim.status = SavingsClaimStatus.VERIFIED;
            claim.verifiedFen = Fen.of(event.verifiedAmount());
        }));
    }

    @EventHandler
    void on(VerifiedSavingsAdjusted event) {
        change(event, achievement -> achievement.claim(event.claimId()).ifPresent(
                claim -> claim.verifiedFen = Math.addExact(claim.verifiedFen, Fen.of(event.amount()))));
    }

    private void change(AchievementEvent event, Consumer<IndexedAchievement> change) {
        index.write(() -> {
            IndexedAchievement achievement = index.achievement(event.achievementId());
            if (achievement != null) {
                change.accept(achievement);
            }
        });
    }
}
