package org.innovationledger.command.achievement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.api.achievement.AcceptAchievement;
import org.innovationledger.api.achievement.AchievementAccepted;
import org.innovationledger.api.achievement.AchievementAdopted;
import org.innovationledger.api.achievement.AchievementImplemented;
import org.innovationledger.api.achievement.AchievementRecommended;
import org.innovationledger.api.achievement.AchievementRecorded;
import org.innovationledger.api.achievement.AchievementRejected;
import org.innovationledger.api.achievement.AchievementReturned;
import org.innovationledger.api.achievement.AchievementRevised;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.achievement.AchievementSubmitted;
import org.innovationledger.api.achievement.AchievementWithdrawn;
import org.innovationledger.api.achievement.AdjustVerifiedSavings;
import org.innovationledger.api.achievement.AwardRecorded;
import org.innovationledger.api.achievement.ClaimSavings;
import org.innovationledger.api.achievement.CorrectSavingsClaim;
import org.innovationledger.api.achievement.RecommendAchievement;
import org.innovationledger.api.achievement.RecordAchievement;
import org.innovationledger.api.achievement.RecordAdoption;
import org.innovationledger.api.achievement.RecordAward;
import org.innovationledger.api.achievement.RecordImplementation;
import org.innovationledger.api.achievement.RejectAchievement;
import org.innovationledger.api.achievement.RejectSavingsClaim;
import org.innovationledger.api.achievement.ReturnAchievement;
import org.innovationledger.api.achievement.ReviseAchievement;
import org.innovationledger.api.achievement.SavingsClaimCorrected;
import org.innovationledger.api.achievement.SavingsClaimRejected;
import org.innovationledger.api.achievement.SavingsClaimVerified;
import org.innovationledger.api.achievement.SavingsClaimed;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.achievement.SubmitAchievement;
import org.innovationledger.api.achievement.VerifiedSavingsAdjusted;
import org.innovationledger.api.achievement.VerifySavingsClaim;
import org.innovationledger.api.achievement.WithdrawAchievement;
import org.innovationledger.api.common.BusinessRuleViolation;
import org.innovationledger.api.common.ErrorCode;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.command.studio.StudioStandings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.innovationledger.api.achievement.AchievementStatus.ADOPTED;
import static org.innovationledger.api.achievement.AchievementStatus.DRAFT;
import static org.innovationledger.api.achievement.AchievementStatus.RETURNED;
import static org.innovationledger.api.achievement.AchievementStatus.SUBMITTED;
import static org.innovationledger.command.achievement.Steps.ensureActor;
import static org.innovationledger.command.achievement.Steps.ensureNotBefore;
import static org.innovationledger.command.achievement.Steps.ensureReason;

/**
 * A "五小" achievement (成果) of a studio and the savings it brings.
 * <ul>
 *     <li>Review: an active studio records it as a draft with its contributors (完成人, shares adding up to 100);
 *     it is revised and submitted (申报), then accepted (采纳), returned for revision (退回修改) or rejected; the studio
 *     may withdraw it (撤回) until it is accepted. Rejected and withdrawn achievements accept nothing more.</li>
 *     <li>After acceptance it wins awards (获奖) and is implemented (实施); once implemented it is recommended upward
 *     (推荐), adopted elsewhere (推广应用), and its cost savings are claimed and verified — see
 *     {@link SavingsClaims}.</li>
 * </ul>
 * No step is dated before the step it follows.
 */
@Aggregate(snapshotTriggerDefinition = "achievementSnapshotTrigger")
class Achievement {

    @AggregateIdentifier
    private String id;
    private String studioId;
    private AchievementStatus status;
    private LocalDate submittedOn;
    private LocalDate returnedOn;
    private LocalDate acceptedOn;
    private LocalDate implementedFrom;
    private Map<String, Award> awards = new HashMap<>();
    private Set<String> recommendedTo = new HashSet<>();
    private Map<String, String> adopters = new HashMap<>();
    private SavingsClaims savings = new SavingsClaims();

    Achievement() {
    }

    @CommandHandler
    Achievement(RecordAchievement command, StudioStandings standings) {
        ContributorShares.ensureValid(command.content().contributors());
        StudioStatus studio = standings.statusOf(command.studioId());
        if (studio != StudioStatus.ACTIVE) {
            throw new BusinessRuleViolation(ErrorCode.STUDIO_MAY_NOT_RECORD,
                    "studio " + command.studioId() + " is " + studio + "; only an active studio records achievements");
        }
        apply(new AchievementRecorded(command.achievementId(), command.studioId(), command.content()));
    }

    @CommandHandler
    void handle(ReviseAchievement command) {
        ensureEditable("revised");
        ContributorShares.ensureValid(command.content().contributors());
        apply(new AchievementRevised(id, command.content()));
    }

    @CommandHandler
    void handle(SubmitAchievement command) {
        ensureEditable("submitted");
        if (returnedOn != null) {
            ensureNotBefore(command.submittedOn(), "the resubmission", returnedOn, "the return");
        }
        apply(new AchievementSubmitted(id, command.submittedOn()));
    }

    @CommandHandler
    void handle(AcceptAchievement command) {
        ensureReviewable(command.reviewer(), command.acceptedOn(), "the acceptance");
        apply(new AchievementAccepted(id, command.reviewer(), command.acceptedOn(), command.comment()));
    }

    @CommandHandler
    void handle(ReturnAchievement command) {
        ensureReviewable(command.reviewer(), command.returnedOn(), "the return");
        ensureReason(command.reason(), "a return");
        apply(new AchievementReturned(id, command.reviewer(), command.returnedOn(), command.reason()));
    }

    @CommandHandler
    void handle(RejectAchievement command) {
        ensureReviewable(command.reviewer(), command.rejectedOn(), "the rejection");
        ensureReason(command.reason(), "a rejection");
        apply(new AchievementRejected(id, command.reviewer(), command.rejectedOn(), command.reason()));
    }

    @CommandHandler
    void handle(WithdrawAchievement command) {
        ensureOpen();
        if (status.isAcceptedOrLater()) {
            throw new BusinessRuleViolation(ErrorCode.ACHIEVEMENT_ALREADY_ACCEPTED,
                    "achievement " + id + " was accepted on " + acceptedOn + " and can no longer be withdrawn");
        }
        apply(new AchievementWithdrawn(id, command.withdrawnOn(), command.reason()));
    }

    @CommandHandler
    void handle(RecordImplementation command) {
        ensureAccepted();
        if (status.isImplementedOrLater()) {
            throw new BusinessRuleViolation(ErrorCode.ACHIEVEMENT_ALREADY_IMPLEMENTED,
                    "achievement " + id + " is implemented since " + implementedFrom);
        }
        ensureNotBefore(command.implementedFrom(), "the implementation", acceptedOn, "the acceptance");
        apply(new AchievementImplemented(id, command.site(), command.implementedFrom()));
    }

    @CommandHandler
    void handle(RecordAward command) {
        ensureAccepted();
        Award award = new Award(command.level(), trimmed(command.awardingBody()));
        if (awards.containsKey(command.awardId()) || awards.containsValue(award)) {
            throw new BusinessRuleViolation(ErrorCode.AWARD_ALREADY_RECORDED, "achievement " + id
                    + " already has an award from " + award.awardingBody() + " at " + award.level()
                    + " level (or award " + command.awardId() + ")");
        }
        ensureNotBefore(command.awardedOn(), "the award", acceptedOn, "the acceptance");
        apply(new AwardRecorded(id, command.awardId(), command.level(), command.grade(), award.awardingBody(),
                command.awardedOn()));
    }

    @CommandHandler
    void handle(RecommendAchievement command) {
        ensureImplemented("is recommended");
        String body = trimmed(command.recommendedTo());
        if (recommendedTo.contains(body)) {
            throw new BusinessRuleViolation(ErrorCode.ALREADY_RECOMMENDED,
                    "achievement " + id + " is already recommended to " + body);
        }
        ensureNotBefore(command.recommendedOn(), "the recommendation", implementedFrom, "the implementation");
        apply(new AchievementRecommended(id, command.level(), body, command.recommendedOn(), command.note()));
    }

    @CommandHandler
    void handle(RecordAdoption command) {
        ensureImplemented("is adopted");
        String adopter = trimmed(command.adopter());
        if (adopters.containsKey(command.adoptionId()) || adopters.containsValue(adopter)) {
            throw new BusinessRuleViolation(ErrorCode.ADOPTION_ALREADY_RECORDED, "the adoption of achievement " + id
                    + " by " + adopter + " (or adoption " + command.adoptionId() + ") is already recorded");
        }
        ensureNotBefore(command.adoptedOn(), "the adoption", implementedFrom, "the implementation");
        apply(new AchievementAdopted(id, command.adoptionId(), adopter, command.site(), command.adoptedOn(),
                command.note()));
    }

    @CommandHandler
    void handle(ClaimSavings command) {
        ensureImplemented("has its savings claimed");
        savings.check(command, implementedFrom);
        apply(new SavingsClaimed(id, command.claimId(), command.period(), command.amount(), command.method(),
                command.evidenceRef(), command.claimedOn()));
    }

    @CommandHandler
    void handle(CorrectSavingsClaim command) {
        ensureOpen();
        savings.check(command);
        apply(new SavingsClaimCorrected(id, command.claimId(), command.amount(), command.method(),
                command.evidenceRef(), command.correctedOn(), command.reason()));
    }

    @CommandHandler
    void handle(RejectSavingsClaim command) {
        ensureOpen();
        savings.check(command);
        apply(new SavingsClaimRejected(id, command.claimId(), command.rejectedBy(), command.rejectedOn(),
                command.reason()));
    }

    @CommandHandler
    void handle(VerifySavingsClaim command) {
        ensureOpen();
        SavingsPeriod period = savings.check(command);
        apply(new SavingsClaimVerified(id, command.claimId(), period, command.verifiedAmount(), command.verifiedBy(),
                command.verifiedOn(), command.note()));
    }

    @CommandHandler
    void handle(AdjustVerifiedSavings command) {
        ensureOpen();
        SavingsPeriod period = savings.check(command);
        apply(new VerifiedSavingsAdjusted(id, command.claimId(), command.adjustmentId(), period, command.amount(),
                command.adjustedBy(), command.adjustedOn(), command.reason()));
    }

    AchievementStatus status() {
        return status;
    }

    private void ensureOpen() {
        if (status.isFinal()) {
            throw new BusinessRuleViolation(ErrorCode.ACHIEVEMENT_CLOSED,
                    "achievement " + id + " is " + status + " and accepts no further changes");
        }
    }

    private void ensureEditable(String how) {
        ensureOpen();
        if (status != DRAFT && status != RETURNED) {
            throw new BusinessRuleViolation(ErrorCode.ACHIEVEMENT_NOT_EDITABLE, "achievement " + id + " is " + status
                    + "; only a draft or a returned achievement can be " + how);
        }
    }

    private void ensureReviewable(String reviewer, LocalDate on, String step) {
        ensureOpen();
        if (status != SUBMITTED) {
            throw new BusinessRuleViolation(ErrorCode.ACHIEVEMENT_NOT_SUBMITTED,
                    "achievement " + id + " is " + status + ", not awaiting review");
        }
        ensureActor(reviewer, step);
        ensureNotBefore(on, step, submittedOn, "the submission");
    }

    private void ensureAccepted() {
        ensureOpen();
        if (!status.isAcceptedOrLater()) {
            throw new BusinessRuleViolation(ErrorCode.ACHIEVEMENT_NOT_ACCEPTED,
                    "achievement " + id + " is " + status + "; it has not been accepted yet");
        }
    }

    private void ensureImplemented(String what) {
        ensureOpen();
        if (!status.isImplementedOrLater()) {
            throw new BusinessRuleViolation(ErrorCode.ACHIEVEMENT_NOT_IMPLEMENTED,
                    "achievement " + id + " is " + status + "; only an implemented achievement " + what);
        }
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }

    @EventSourcingHandler
    void on(AchievementRecorded event) {
        id = event.achievementId();
        studioId = event.studioId();
        status = DRAFT;
    }

    @EventSourcingHandler
    void on(AchievementSubmitted event) {
        submittedOn = event.submittedOn();
        status = SUBMITTED;
    }

    @EventSourcingHandler
    void on(AchievementAccepted event) {
        acceptedOn = event.acceptedOn();
        status = AchievementStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(AchievementReturned event) {
        returnedOn = event.returnedOn();
        status = RETURNED;
    }

    @EventSourcingHandler
    void on(AchievementRejected event) {
        status = AchievementStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(AchievementWithdrawn event) {
        status = AchievementStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(AchievementImplemented event) {
        implementedFrom = event.implementedFrom();
        status = AchievementStatus.IMPLEMENTED;
    }

    @EventSourcingHandler
    void on(AwardRecorded event) {
        awards.put(event.awardId(), new Award(event.level(), event.awardingBody()));
    }

    @EventSourcingHandler
    void on(AchievementRecommended event) {
        recommendedTo.add(event.recommendedTo());
        if (status != ADOPTED) {
            status = AchievementStatus.RECOMMENDED;
        }
    }

    @EventSourcingHandler
    void on(AchievementAdopted event) {
        adopters.put(event.adoptionId(), event.adopter());
        status = ADOPTED;
    }

    @EventSourcingHandler
    void on(SavingsClaimed event) {
        savings.record(event);
    }

    @EventSourcingHandler
    void on(SavingsClaimCorrected event) {
        savings.record(event);
    }

    @EventSourcingHandler
    void on(SavingsClaimRejected event) {
        savings.record(event);
    }

    @EventSourcingHandler
    void on(SavingsClaimVerified event) {
        savings.record(event);
    }

    @EventSourcingHandler
    void on(VerifiedSavingsAdjusted event) {
        savings.record(event);
    }
}
