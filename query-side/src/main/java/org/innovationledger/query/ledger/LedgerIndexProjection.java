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
import org.innovationledger.api.patent.AnnualFeePaid;
import org.innovationledger.api.patent.ApplicationDeemedWithdrawn;
import org.innovationledger.api.patent.ApplicationPublished;
import org.innovationledger.api.patent.ApplicationRejected;
import org.innovationledger.api.patent.ApplicationWithdrawn;
import org.innovationledger.api.patent.CorrectionRequested;
import org.innovationledger.api.patent.FormalExaminationPassed;
import org.innovationledger.api.patent.InvalidationExtent;
import org.innovationledger.api.patent.PatentEvent;
import org.innovationledger.api.patent.PatentExpired;
import org.innovationledger.api.patent.PatentFiled;
import org.innovationledger.api.patent.PatentGranted;
import org.innovationledger.api.patent.PatentInvalidated;
import org.innovationledger.api.patent.PatentLapsed;
import org.innovationledger.api.patent.PatentRestored;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.ReexaminationRequested;
import org.innovationledger.api.patent.RejectionOverturned;
import org.innovationledger.api.patent.RejectionUpheld;
import org.innovationledger.api.patent.SubstantiveExaminationRequested;
import org.innovationledger.api.rating.RatingPolicyIssued;
import org.innovationledger.api.rating.RatingPolicyRevised;
import org.innovationledger.api.station.IncubationAdmitted;
import org.innovationledger.api.station.IncubationGraduated;
import org.innovationledger.api.station.IncubationMilestoneReached;
import org.innovationledger.api.station.IncubationSubjectKind;
import org.innovationledger.api.station.StationRegistered;
import org.innovationledger.api.studio.ChallengeSolved;
import org.innovationledger.api.studio.FundingGranted;
import org.innovationledger.api.studio.FundingSpent;
import org.innovationledger.api.studio.MemberJoined;
import org.innovationledger.api.studio.MemberLeft;
import org.innovationledger.api.studio.StarRatingConfirmed;
import org.innovationledger.api.studio.StudioNameRevoked;
import org.innovationledger.api.studio.StudioProfileUpdated;
import org.innovationledger.api.studio.StudioPromoted;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.api.studio.StudioReinstated;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.api.studio.StudioSuspended;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.function.Consumer;
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

    @EventHandler
    void on(MemberJoined event) {
        studioFacts(event.studioId(), studio -> studio.members.add(new IndexedStudio.Member(
                event.memberId(), event.apprentice(), day(event.joinedOn()), AchievementColumns.NO_DATE)));
    }

    @EventHandler
    void on(MemberLeft event) {
        studioFacts(event.studioId(), studio -> studio.members.replaceAll(member ->
                member.memberId().equals(event.memberId()) && member.leftOn() == AchievementColumns.NO_DATE
                        ? new IndexedStudio.Member(member.memberId(), member.apprentice(), member.joinedOn(),
                                                   day(event.leftOn()))
                        : member));
    }

    @EventHandler
    void on(FundingGranted event) {
        studioFacts(event.studioId(), studio -> studio.grants.add(new IndexedStudio.Grant(
                event.grantId(), Fen.of(event.amount()), day(event.grantedOn()))));
    }

    @EventHandler
    void on(FundingSpent event) {
        studioFacts(event.studioId(), studio -> studio.spendings.add(new IndexedStudio.Spending(
                event.grantId(), Fen.of(event.amount()), day(event.spentOn()))));
    }

    @EventHandler
    void on(ChallengeSolved event) {
        studioFacts(event.studioId(), studio -> studio.solvedChallenges.add(new IndexedStudio.SolvedChallenge(
                event.challengeId(), day(event.solvedOn()))));
    }

    @EventHandler
    void on(StarRatingConfirmed event) {
        studioFacts(event.studioId(), studio -> studio.confirmations.put(event.year(), new IndexedStudio.StarConfirmation(
                event.year(), event.stars(), event.computedStars(), event.policyId(), event.policyVersion(),
                event.reason(), event.confirmedBy())));
    }

    private void studioFacts(String studioId, Consumer<IndexedStudio> change) {
        index.write(ledger -> {
            IndexedStudio studio = ledger.studio(studioId);
            change.accept(studio);
            ledger.touch(studio.ordinal);
        });
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
        index.write(ledger -> {
            if (ledger.achievements().slotOf(event.achievementId()) < 0) {
                IndexedStudio studio = ledger.studio(event.studioId());
                studio.achievements.add(ledger.achievements().record(event.achievementId(), studio.ordinal,
                                                                     event.content()));
                ledger.touch(studio.ordinal);
            }
        });
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
        change(event, (ledger, slot) -> {
            ledger.achievements().status(slot, AchievementStatus.ACCEPTED);
            ledger.achievements().acceptedOn[slot] = day(event.acceptedOn());
        });
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
        change(event, (ledger, slot) -> ledger.achievements().award(slot, event.awardId(), event.level(),
                                                                    event.grade(), day(event.awardedOn())));
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
        change(event, (ledger, slot) -> {
            ledger.achievements().status(slot, AchievementStatus.ADOPTED);
            ledger.achievements().adopt(slot, event.adoptionId(), day(event.adoptedOn()));
        });
    }

    // savings

    @EventHandler
    void on(SavingsClaimed event) {
        change(event, (ledger, slot) -> {
            int claim = ledger.claims().claim(slot, event.claimId(), event.period(), Fen.of(event.amount()));
            if (claim >= 0) {
                ledger.studioAt(ledger.achievements().studio[slot]).claims.add(claim);
            }
        });
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
                ledger.touch(ledger.achievements().studio[slot]);
            }
        });
    }

    // patents

    @EventHandler
    void on(PatentFiled event) {
        index.write(ledger -> {
            IndexedStudio studio = ledger.studio(event.studioId());
            int slot = ledger.patents().file(event.patentId(), studio.ordinal, event.type(), event.title(),
                                             event.applicationNumber().value(), event.filedOn());
            if (slot >= 0) {
                studio.patents.add(slot);
                ledger.touch(studio.ordinal);
            }
        });
    }

    @EventHandler
    void on(CorrectionRequested event) {
        patentStatus(event, PatentStatus.CORRECTION_REQUESTED);
    }

    @EventHandler
    void on(FormalExaminationPassed event) {
        patentStatus(event, PatentStatus.FORMALLY_EXAMINED);
    }

    @EventHandler
    void on(ApplicationPublished event) {
        patentStatus(event, PatentStatus.PUBLISHED);
    }

    @EventHandler
    void on(SubstantiveExaminationRequested event) {
        patentStatus(event, PatentStatus.UNDER_SUBSTANTIVE_EXAMINATION);
    }

    @EventHandler
    void on(PatentGranted event) {
        patent(event, (ledger, slot) -> ledger.patents().grant(slot, event.announcedOn(),
                                                               event.firstAnnualFeeYear()));
    }

    @EventHandler
    void on(ApplicationRejected event) {
        patentStatus(event, PatentStatus.REJECTED);
    }

    @EventHandler
    void on(ReexaminationRequested event) {
        patentStatus(event, PatentStatus.UNDER_REEXAMINATION);
    }

    @EventHandler
    void on(RejectionUpheld event) {
        patentStatus(event, PatentStatus.FINALLY_REJECTED);
    }

    @EventHandler
    void on(RejectionOverturned event) {
        patent(event, (ledger, slot) -> ledger.patents().overturnRejection(slot));
    }

    @EventHandler
    void on(ApplicationDeemedWithdrawn event) {
        patentStatus(event, PatentStatus.DEEMED_WITHDRAWN);
    }

    @EventHandler
    void on(ApplicationWithdrawn event) {
        patentStatus(event, PatentStatus.WITHDRAWN);
    }

    @EventHandler
    void on(AnnualFeePaid event) {
        patent(event, (ledger, slot) -> ledger.patents().paid(slot, event.patentYear()));
    }

    @EventHandler
    void on(PatentLapsed event) {
        patentStatus(event, PatentStatus.LAPSED);
    }

    /** Restoration pays the fee the patent lapsed for (the command side records that payment too). */
    @EventHandler
    void on(PatentRestored event) {
        patent(event, (ledger, slot) -> {
            ledger.patents().status(slot, PatentStatus.GRANTED);
            ledger.patents().paid(slot, event.patentYear());
        });
    }

    @EventHandler
    void on(PatentInvalidated event) {
        if (event.extent() == InvalidationExtent.WHOLLY) {
            patentStatus(event, PatentStatus.INVALIDATED);
        }
    }

    @EventHandler
    void on(PatentExpired event) {
        patentStatus(event, PatentStatus.EXPIRED);
    }

    private void patentStatus(PatentEvent event, PatentStatus status) {
        patent(event, (ledger, slot) -> ledger.patents().status(slot, status));
    }

    private void patent(PatentEvent event, ObjIntConsumer<LedgerIndex> change) {
        index.write(ledger -> {
            int slot = ledger.patents().slotOf(event.patentId());
            if (slot >= 0) {
                change.accept(ledger, slot);
                ledger.touch(ledger.patents().studio[slot]);
            }
        });
    }

    // service stations and incubation

    @EventHandler
    void on(StationRegistered event) {
        index.write(ledger -> ledger.incubations().register(event.stationId(), event.name(),
                                                            event.region().value(), event.hostUnion()));
    }

    @EventHandler
    void on(IncubationAdmitted event) {
        index.write(ledger -> {
            boolean achievement = event.subject().kind() == IncubationSubjectKind.ACHIEVEMENT;
            int subject = achievement ? ledger.achievements().slotOf(event.subject().id())
                    : ledger.patents().slotOf(event.subject().id());
            int studio = subject < 0 ? -1
                    : achievement ? ledger.achievements().studio[subject] : ledger.patents().studio[subject];
            ledger.incubations().admit(event.stationId(), event.incubationId(), event.subject().kind(), subject,
                                       studio, day(event.admittedOn()));
        });
    }

    @EventHandler
    void on(IncubationMilestoneReached event) {
        index.write(ledger -> {
            int slot = ledger.incubations().slotOf(event.stationId(), event.incubationId());
            if (slot >= 0) {
                ledger.incubations().milestones[slot]++;
            }
        });
    }

    @EventHandler
    void on(IncubationGraduated event) {
        index.write(ledger -> {
            int slot = ledger.incubations().slotOf(event.stationId(), event.incubationId());
            if (slot >= 0) {
                ledger.incubations().graduate(slot, event.outcome(), day(event.graduatedOn()));
            }
        });
    }

    // rating policies

    @EventHandler
    void on(RatingPolicyIssued event) {
        index.write(ledger -> ledger.policies().issue(event.policyId(), event.name(), event.issuer(), event.rules()));
    }

    @EventHandler
    void on(RatingPolicyRevised event) {
        index.write(ledger -> ledger.policies().revise(event.policyId(), event.version(), event.rules()));
    }

    private static int day(LocalDate date) {
        return date == null ? AchievementColumns.NO_DATE : (int) date.toEpochDay();
    }
}
