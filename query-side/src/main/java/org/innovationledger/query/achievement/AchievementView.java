package org.innovationledger.query.achievement;

import org.innovationledger.api.achievement.AchievementAccepted;
import org.innovationledger.api.achievement.AchievementAdopted;
import org.innovationledger.api.achievement.AchievementContent;
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
import org.innovationledger.api.common.Yuan;
import org.innovationledger.query.achievement.AchievementDetail.Adjustment;
import org.innovationledger.query.achievement.AchievementDetail.Adoption;
import org.innovationledger.query.achievement.AchievementDetail.Award;
import org.innovationledger.query.achievement.AchievementDetail.Content;
import org.innovationledger.query.achievement.AchievementDetail.Contributor;
import org.innovationledger.query.achievement.AchievementDetail.Correction;
import org.innovationledger.query.achievement.AchievementDetail.Implementation;
import org.innovationledger.query.achievement.AchievementDetail.Recommendation;
import org.innovationledger.query.achievement.AchievementDetail.Rejection;
import org.innovationledger.query.achievement.AchievementDetail.ReviewAction;
import org.innovationledger.query.achievement.AchievementDetail.ReviewStep;
import org.innovationledger.query.achievement.AchievementDetail.SavingsClaim;
import org.innovationledger.query.achievement.AchievementDetail.SavingsTotals;
import org.innovationledger.query.achievement.AchievementDetail.StudioRef;
import org.innovationledger.query.achievement.AchievementDetail.Verification;
import org.innovationledger.query.store.VersionedView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The part of an achievement view (成果视图) that the achievement's own events write, changed one event at a time.
 * The studio's name, enterprise and region come from the studio's events and are kept beside it, not here.
 */
final class AchievementView extends VersionedView {

    final String id;
    Instant recordedAt;
    String studioId;
    Content content;
    AchievementStatus status;
    LocalDate statusSince;
    final List<ReviewStep> review = new ArrayList<>();
    Implementation implementation;
    final List<Award> awards = new ArrayList<>();
    final List<Recommendation> recommendations = new ArrayList<>();
    final List<Adoption> adoptions = new ArrayList<>();
    final List<SavingsClaim> savingsClaims = new ArrayList<>();

    AchievementView(String id) {
        this.id = id;
    }

    void record(AchievementRecorded event, Instant at) {
        recordedAt = at;
        studioId = event.studioId();
        content = content(event.content());
        status(AchievementStatus.DRAFT, null);
    }

    void revise(AchievementRevised event) {
        content = content(event.content());
    }

    void submit(AchievementSubmitted event) {
        review.add(new ReviewStep(ReviewAction.SUBMITTED, event.submittedOn(), null, null, null));
        status(AchievementStatus.SUBMITTED, event.submittedOn());
    }

    void accept(AchievementAccepted event) {
        review.add(new ReviewStep(ReviewAction.ACCEPTED, event.acceptedOn(), event.reviewer(), null,
                                  event.comment()));
        status(AchievementStatus.ACCEPTED, event.acceptedOn());
    }

    void returnForRevision(AchievementReturned event) {
        review.add(new ReviewStep(ReviewAction.RETURNED, event.returnedOn(), event.reviewer(), event.reason(), null));
        status(AchievementStatus.RETURNED, event.returnedOn());
    }

    void reject(AchievementRejected event) {
        review.add(new ReviewStep(ReviewAction.REJECTED, event.rejectedOn(), event.reviewer(), event.reason(), null));
        status(AchievementStatus.REJECTED, event.rejectedOn());
    }

    void withdraw(AchievementWithdrawn event) {
        review.add(new ReviewStep(ReviewAction.WITHDRAWN, event.withdrawnOn(), null, event.reason(), null));
        status(AchievementStatus.WITHDRAWN, event.withdrawnOn());
    }

    void implement(AchievementImplemented event) {
        implementation = new Implementation(event.site(), event.implementedFrom());
        advance(AchievementStatus.IMPLEMENTED, event.implementedFrom());
    }

    /** An award does not change the status. */
    void award(AwardRecorded event) {
        awards.add(new Award(event.awardId(), event.level(), event.grade(), event.awardingBody(),
                             event.awardedOn()));
    }

    void recommend(AchievementRecommended event) {
        recommendations.add(new Recommendation(event.level(), event.recommendedTo(), event.recommendedOn(),
                                               event.note()));
        advance(AchievementStatus.RECOMMENDED, event.recommendedOn());
    }

    void adopt(AchievementAdopted event) {
        adoptions.add(new Adoption(event.adoptionId(), event.adopter(), event.site(), event.adoptedOn(),
                                   event.note()));
        advance(AchievementStatus.ADOPTED, event.adoptedOn());
    }

    void claimSavings(SavingsClaimed event) {
        savingsClaims.add(new SavingsClaim(event.claimId(), event.period(), SavingsClaimStatus.CLAIMED,
                                           event.amount(), event.method(), event.evidenceRef(), event.claimedOn(),
                                           List.of(), null, null, List.of(), null));
    }

    void correctClaim(SavingsClaimCorrected event) {
        changeClaim(event.claimId(), claim -> new SavingsClaim(
                claim.claimId(), claim.period(), claim.status(), event.amount(), event.method(), event.evidenceRef(),
                claim.claimedOn(), append(claim.corrections(), new Correction(
                        claim.amount(), event.amount(), event.method(), event.evidenceRef(), event.correctedOn(),
                        event.reason())),
                claim.rejection(), claim.verification(), claim.adjustments(), claim.verifiedTotal()));
    }

    void rejectClaim(SavingsClaimRejected event) {
        changeClaim(event.claimId(), claim -> new SavingsClaim(
                claim.claimId(), claim.period(), SavingsClaimStatus.REJECTED, claim.amount(), claim.method(),
                claim.evidenceRef(), claim.claimedOn(), claim.corrections(),
                new Rejection(event.rejectedBy(), event.rejectedOn(), event.reason()), claim.verification(),
                claim.adjustments(), claim.verifiedTotal()));
    }

    void verifyClaim(SavingsClaimVerified event) {
        changeClaim(event.claimId(), claim -> withVerifiedTotal(new SavingsClaim(
                claim.claimId(), claim.period(), SavingsClaimStatus.VERIFIED, claim.amount(), claim.method(),
                claim.evidenceRef(), claim.claimedOn(), claim.corrections(), claim.rejection(),
                new Verification(event.verifiedAmount(), event.verifiedBy(), event.verifiedOn(), event.note()),
                claim.adjustments(), null)));
    }

    void adjustVerified(VerifiedSavingsAdjusted event) {
        changeClaim(event.claimId(), claim -> withVerifiedTotal(new SavingsClaim(
                claim.claimId(), claim.period(), claim.status(), claim.amount(), claim.method(), claim.evidenceRef(),
                claim.claimedOn(), claim.corrections(), claim.rejection(), claim.verification(),
                append(claim.adjustments(), new Adjustment(event.adjustmentId(), event.amount(), event.adjustedBy(),
                                                           event.adjustedOn(), event.reason())),
                null)));
    }

    /** Claimed: the claims not rejected; verified: their verified totals; pending: the claims not yet verified. */
    SavingsTotals totals() {
        Yuan claimed = Yuan.ZERO;
        Yuan verified = Yuan.ZERO;
        Yuan pending = Yuan.ZERO;
        for (SavingsClaim claim : savingsClaims) {
            if (claim.status() != SavingsClaimStatus.REJECTED) {
                claimed = claimed.plus(claim.amount());
            }
            if (claim.status() == SavingsClaimStatus.VERIFIED) {
                verified = verified.plus(claim.verifiedTotal());
            }
            if (claim.status() == SavingsClaimStatus.CLAIMED) {
                pending = pending.plus(claim.amount());
            }
        }
        return new SavingsTotals(claimed, verified, pending);
    }

    AchievementDetail toDetail(StudioRef studio) {
        return new AchievementDetail(id, studio, content, status, statusSince, List.copyOf(review), implementation,
                                     List.copyOf(awards), List.copyOf(recommendations), List.copyOf(adoptions),
                                     List.copyOf(savingsClaims), totals(), recordedAt, version());
    }

    /** A claim the events never opened is left alone: the command side does not let that happen. */
    private void changeClaim(String claimId, UnaryOperator<SavingsClaim> change) {
        for (int i = 0; i < savingsClaims.size(); i++) {
            if (savingsClaims.get(i).claimId().equals(claimId)) {
                savingsClaims.set(i, change.apply(savingsClaims.get(i)));
                return;
            }
        }
    }

    /** The verified amount plus the adjustments; none before the claim is verified. */
    private static SavingsClaim withVerifiedTotal(SavingsClaim claim) {
        if (claim.verification() == null) {
            return claim;
        }
        Yuan total = claim.verification().verifiedAmount();
        for (Adjustment adjustment : claim.adjustments()) {
            total = total.plus(adjustment.amount());
        }
        return new SavingsClaim(claim.claimId(), claim.period(), claim.status(), claim.amount(), claim.method(),
                                claim.evidenceRef(), claim.claimedOn(), claim.corrections(), claim.rejection(),
                                claim.verification(), claim.adjustments(), total);
    }

    private static Content content(AchievementContent content) {
        if (content == null) {
            return null;
        }
        return new Content(content.title(), content.category(), content.description(), content.problem(),
                           content.measure(), content.effect(),
                           content.contributors().stream()
                                  .map(contributor -> new Contributor(contributor.name(), contributor.memberId(),
                                                                      contributor.share()))
                                  .toList(),
                           content.achievedOn());
    }

    /**
     * After acceptance the status only moves forward (implemented → recommended → adopted): a second
     * recommendation of an adopted achievement leaves it adopted, since the day it was first adopted.
     */
    private void advance(AchievementStatus newStatus, LocalDate since) {
        if (status == null || status.ordinal() < newStatus.ordinal()) {
            status(newStatus, since);
        }
    }

    private void status(AchievementStatus newStatus, LocalDate since) {
        status = newStatus;
        statusSince = since;
    }

    private static <T> List<T> append(List<T> items, T item) {
        List<T> all = new ArrayList<>(items);
        all.add(item);
        return List.copyOf(all);
    }
}
