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

import java.util.function.ObjIntConsumer;

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
        index.write(ledger -> {
            IndexedStudio studio = ledger.studio(event.studioId());
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
        index.write(ledger -> {
            IndexedStudio studio = ledger.studio(event.studioId());
            studio.name = event.name();
            studio.hostEnterprise = event.hostEnterprise();
            studio.regionCode = event.regionCode().value();
        });
    }

    @EventHandler
    void on(StudioPromoted event) {
        index.write(ledger -> ledger.studio(event.studioId()).level = event.level());
    }

    @EventHandler
    void on(StudioSuspended event) {
        index.write(ledger -> ledger.studio(event.studioId()).status = StudioStatus.SUSPENDED);
    }

    @EventHandler
    void on(StudioReinstated event) {
        index.write(ledger -> ledger.studio(event.studioId()).status = StudioStatus.ACTIVE);
    }

    @EventHandler
    void on(StudioNameRevoked event) {
        index.write(ledger -> ledger.studio(event.studioId()).status = StudioStatus.REVOKED);
    }

    // alliances

    @EventHandler
    void on(AllianceFounded event) {
        index.write(ledger -> {
            ledger.nameAlliance(event.allianceId(), event.name());
            ledger.studio(event.leadStudioId()).allianceIds.add(event.allianceId());
        });
    }

    @EventHandler
    void on(StudioJoinedAlliance event) {
        index.write(ledger -> ledger.studio(event.studioId()).allianceIds.add(event.allianceId()));
    }

    @EventHandler
    void on(StudioLeftAlliance event) {
        index.write(ledger -> ledger.studio(event.studioId()).allianceIds.remove(event.allianceId()));
    }

    // achievements

    @EventHandler
    void on(AchievementRecorded event) {
        index.write(ledger -> ledger.achievements().record(event.achievementId(),
                                                           ledger.studio(event.studioId()).ordinal, event.content()));
    }

    @EventHandler
    void on(AchievementRevised event) {
        change(event, (ledger, slot) -> ledger.achievements().show(slot, event.content()));
    }

    @EventHandler
    void on(AchievementSubmitted event) {
        status(event, AchievementStatus.SUBMITTED);
    }

    @EventHandler
    void on(AchievementAccepted event) {
        status(event, AchievementStatus.ACCEPTED);
    }

    @EventHandler
    void on(AchievementReturned event) {
        status(event, AchievementStatus.RETURNED);
    }

    @EventHandler
    void on(AchievementRejected event) {
        status(event, AchievementStatus.REJECTED);
    }

    @EventHandler
    void on(AchievementWithdrawn event) {
        status(event, AchievementStatus.WITHDRAWN);
    }

    @EventHandler
    void on(AchievementImplemented event) {
        status(event, AchievementStatus.IMPLEMENTED);
    }

    @EventHandler
    void on(AwardRecorded event) {
        change(event, (ledger, slot) -> ledger.achievements().awardLevels[slot] |= 1 << event.level().ordinal());
    }

    @EventHandler
    void on(AchievementRecommended event) {
        change(event, (ledger, slot) -> {
            if (ledger.achievements().status(slot) != AchievementStatus.ADOPTED) {
                ledger.achievements().status(slot, AchievementStatus.RECOMMENDED);
            }
        });
    }

    @EventHandler
    void on(AchievementAdopted event) {
        status(event, AchievementStatus.ADOPTED);
    }

    // savings

    @EventHandler
    void on(SavingsClaimed event) {
        change(event, (ledger, slot) -> ledger.claims().claim(slot, event.claimId(), event.period(),
                                                              Fen.of(event.amount())));
    }

    @EventHandler
    void on(SavingsClaimCorrected event) {
        change(event, (ledger, slot) -> ledger.claims().correct(slot, event.claimId(), Fen.of(event.amount())));
    }

    @EventHandler
    void on(SavingsClaimRejected event) {
        change(event, (ledger, slot) -> ledger.claims().reject(slot, event.claimId()));
    }

    @EventHandler
    void on(SavingsClaimVerified event) {
        change(event, (ledger, slot) -> ledger.claims().verify(slot, event.claimId(),
                                                               Fen.of(event.verifiedAmount())));
    }

    @EventHandler
    void on(VerifiedSavingsAdjusted event) {
        change(event, (ledger, slot) -> ledger.claims().adjust(slot, event.claimId(), Fen.of(event.amount())));
    }

    private void status(AchievementEvent event, AchievementStatus status) {
        change(event, (ledger, slot) -> ledger.achievements().status(slot, status));
    }

    /** Applies a change to the achievement's slot, if its recording has been seen (always, in stream order). */
    private void change(AchievementEvent event, ObjIntConsumer<LedgerIndex> change) {
        index.write(ledger -> {
            int slot = ledger.achievements().slotOf(event.achievementId());
            if (slot >= 0) {
                change.accept(ledger, slot);
            }
        });
    }
}
