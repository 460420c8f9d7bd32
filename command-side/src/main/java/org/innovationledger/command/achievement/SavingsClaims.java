package org.innovationledger.command.achievement;

import org.innovationledger.api.achievement.AdjustVerifiedSavings;
import org.innovationledger.api.achievement.ClaimSavings;
import org.innovationledger.api.achievement.CorrectSavingsClaim;
import org.innovationledger.api.achievement.RejectSavingsClaim;
import org.innovationledger.api.achievement.SavingsClaimCorrected;
import org.innovationledger.api.achievement.SavingsClaimRejected;
import org.innovationledger.api.achievement.SavingsClaimStatus;
import org.innovationledger.api.achievement.SavingsClaimVerified;
import org.innovationledger.api.achievement.SavingsClaimed;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.achievement.VerifiedSavingsAdjusted;
import org.innovationledger.api.achievement.VerifySavingsClaim;
import org.innovationledger.api.common.BusinessRuleViolation;
import org.innovationledger.api.common.ErrorCode;
import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.innovationledger.command.achievement.Steps.ensureActor;
import static org.innovationledger.command.achievement.Steps.ensureNotBefore;
import static org.innovationledger.command.achievement.Steps.ensurePositive;
import static org.innovationledger.command.achievement.Steps.ensureReason;

/**
 * The savings ledger of one achievement (效益台账): its claims, each claimed by the studio, then corrected or
 * rejected, or verified by finance or the union — after which its amount is locked and only adjusting entries
 * (调整) change what it counts. No saving is claimed twice: two claims that are not rejected never share a day.
 * <p>
 * The {@code check} methods enforce the rules of a command and change nothing; the {@code record} methods follow
 * the events.
 */
final class SavingsClaims {

    private Map<String, SavingsClaim> claims = new HashMap<>();
    private Set<String> adjustmentIds = new HashSet<>();

    void check(ClaimSavings command, LocalDate implementedFrom) {
        ensurePositive(command.amount(), "claimed savings");
        if (claims.containsKey(command.claimId())) {
            throw new BusinessRuleViolation(ErrorCode.SAVINGS_CLAIM_ALREADY_RECORDED,
                    "savings claim " + command.claimId() + " is already recorded");
        }
        SavingsPeriod period = command.period();
        if (period.startsOn().isAfter(command.claimedOn())) {
            throw new BusinessRuleViolation(ErrorCode.SAVINGS_PERIOD_NOT_STARTED, "period " + period + " begins on "
                    + period.startsOn() + "; its savings cannot be claimed on " + command.claimedOn());
        }
        if (period.endsOn().isBefore(implementedFrom)) {
            throw new BusinessRuleViolation(ErrorCode.SAVINGS_PERIOD_BEFORE_IMPLEMENTATION, "period " + period
                    + " ended on " + period.endsOn() + ", before the achievement was implemented on "
                    + implementedFrom);
        }
        claims.entrySet().stream()
              .filter(other -> !other.getValue().isRejected() && other.getValue().period().overlaps(period))
              .findFirst()
              .ifPresent(other -> {
                  throw new BusinessRuleViolation(ErrorCode.SAVINGS_PERIOD_OVERLAPS, "claim " + other.getKey()
                          + " for " + other.getValue().period() + " already covers days of " + period
                          + "; correct that claim instead");
              });
        ensureNotBefore(command.claimedOn(), "a savings claim", implementedFrom, "the implementation");
    }

    void check(CorrectSavingsClaim command) {
        SavingsClaim claim = unverified(command.claimId());
        ensurePositive(command.amount(), "corrected savings");
        ensureReason(command.reason(), "a correction");
        ensureNotBefore(command.correctedOn(), "the correction", claim.lastChangedOn(), "the claim");
    }

    void check(RejectSavingsClaim command) {
        SavingsClaim claim = unverified(command.claimId());
        ensureActor(command.rejectedBy(), "a claim's rejection");
        ensureReason(command.reason(), "a claim's rejection");
        ensureNotBefore(command.rejectedOn(), "the rejection", claim.lastChangedOn(), "the claim");
    }

    /** @return the period of the claim, which the verification repeats */
    SavingsPeriod check(VerifySavingsClaim command) {
        SavingsClaim claim = unverified(command.claimId());
        ensurePositive(command.verifiedAmount(), "a verified amount");
        if (command.verifiedAmount().exceeds(claim.amount())) {
            throw new BusinessRuleViolation(ErrorCode.VERIFIED_AMOUNT_EXCEEDS_CLAIM, "claim " + command.claimId()
                    + " is for " + claim.amount() + " yuan; " + command.verifiedAmount() + " yuan cannot be verified");
        }
        ensureActor(command.verifiedBy(), "a verification");
        ensureNotBefore(command.verifiedOn(), "the verification", claim.lastChangedOn(), "the claim");
        return claim.period();
    }

    /** @return the period of the claim, which the adjusting entry repeats */
    SavingsPeriod check(AdjustVerifiedSavings command) {
        SavingsClaim claim = existing(command.claimId());
        if (claim.status() != SavingsClaimStatus.VERIFIED) {
            ensureNotRejected(command.claimId(), claim);
            throw new BusinessRuleViolation(ErrorCode.SAVINGS_CLAIM_NOT_VERIFIED, "claim " + command.claimId()
                    + " is not verified yet; correct it instead");
        }
        if (adjustmentIds.contains(command.adjustmentId())) {
            throw new BusinessRuleViolation(ErrorCode.ADJUSTMENT_ALREADY_RECORDED,
                    "adjusting entry " + command.adjustmentId() + " is already recorded");
        }
        if (command.amount().amount().signum() == 0) {
            throw new BusinessRuleViolation(ErrorCode.ADJUSTMENT_ZERO, "an adjusting entry of 0 yuan changes nothing");
        }
        Yuan after = claim.verifiedBalance().plus(command.amount());
        if (after.amount().signum() < 0) {
            throw new BusinessRuleViolation(ErrorCode.ADJUSTMENT_BELOW_ZERO, "claim " + command.claimId()
                    + " counts " + claim.verifiedBalance() + " yuan; an entry of " + command.amount()
                    + " yuan would leave " + after + " yuan");
        }
        ensureActor(command.adjustedBy(), "an adjusting entry");
        ensureReason(command.reason(), "an adjusting entry");
        ensureNotBefore(command.adjustedOn(), "the adjusting entry", claim.verifiedOn(), "the verification");
        return claim.period();
    }

    void record(SavingsClaimed event) {
        claims.put(event.claimId(), SavingsClaim.claimed(event.period(), event.amount(), event.claimedOn()));
    }

    void record(SavingsClaimCorrected event) {
        claims.computeIfPresent(event.claimId(), (id, claim) -> claim.corrected(event.amount(), event.correctedOn()));
    }

    void record(SavingsClaimRejected event) {
        claims.computeIfPresent(event.claimId(), (id, claim) -> claim.rejected());
    }

    void record(SavingsClaimVerified event) {
        claims.computeIfPresent(event.claimId(),
                (id, claim) -> claim.verified(event.verifiedAmount(), event.verifiedOn()));
    }

    void record(VerifiedSavingsAdjusted event) {
        adjustmentIds.add(event.adjustmentId());
        claims.computeIfPresent(event.claimId(), (id, claim) -> claim.adjusted(event.amount()));
    }

    private SavingsClaim existing(String claimId) {
        SavingsClaim claim = claims.get(claimId);
        if (claim == null) {
            throw new BusinessRuleViolation(ErrorCode.SAVINGS_CLAIM_NOT_FOUND, "no savings claim " + claimId);
        }
        return claim;
    }

    /** A claim that can still be corrected, rejected or verified. */
    private SavingsClaim unverified(String claimId) {
        SavingsClaim claim = existing(claimId);
        ensureNotRejected(claimId, claim);
        if (claim.status() == SavingsClaimStatus.VERIFIED) {
            throw new BusinessRuleViolation(ErrorCode.SAVINGS_CLAIM_VERIFIED, "claim " + claimId + " was verified at "
                    + claim.verifiedAmount() + " yuan and is locked; book an adjusting entry instead");
        }
        return claim;
    }

    private static void ensureNotRejected(String claimId, SavingsClaim claim) {
        if (claim.isRejected()) {
            throw new BusinessRuleViolation(ErrorCode.SAVINGS_CLAIM_REJECTED,
                    "claim " + claimId + " was rejected; it accepts no further changes");
        }
    }
}
