package org.innovationledger.command.achievement;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.achievement.SavingsClaimRejected;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.innovationledger.api.common.ErrorCode.ACHIEVEMENT_NOT_IMPLEMENTED;
import static org.innovationledger.api.common.ErrorCode.ACTOR_REQUIRED;
import static org.innovationledger.api.common.ErrorCode.ADJUSTMENT_ALREADY_RECORDED;
import static org.innovationledger.api.common.ErrorCode.ADJUSTMENT_BELOW_ZERO;
import static org.innovationledger.api.common.ErrorCode.ADJUSTMENT_ZERO;
import static org.innovationledger.api.common.ErrorCode.AMOUNT_NOT_POSITIVE;
import static org.innovationledger.api.common.ErrorCode.REASON_REQUIRED;
import static org.innovationledger.api.common.ErrorCode.SAVINGS_CLAIM_ALREADY_RECORDED;
import static org.innovationledger.api.common.ErrorCode.SAVINGS_CLAIM_NOT_FOUND;
import static org.innovationledger.api.common.ErrorCode.SAVINGS_CLAIM_NOT_VERIFIED;
import static org.innovationledger.api.common.ErrorCode.SAVINGS_CLAIM_REJECTED;
import static org.innovationledger.api.common.ErrorCode.SAVINGS_CLAIM_VERIFIED;
import static org.innovationledger.api.common.ErrorCode.SAVINGS_PERIOD_BEFORE_IMPLEMENTATION;
import static org.innovationledger.api.common.ErrorCode.SAVINGS_PERIOD_NOT_STARTED;
import static org.innovationledger.api.common.ErrorCode.SAVINGS_PERIOD_OVERLAPS;
import static org.innovationledger.api.common.ErrorCode.STEP_BEFORE_PREVIOUS_STEP;
import static org.innovationledger.api.common.ErrorCode.VERIFIED_AMOUNT_EXCEEDS_CLAIM;
import static org.innovationledger.command.achievement.AchievementExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

/** The savings ledger: claims, corrections, rejections, verification and adjusting entries. */
class AchievementSavingsTest {

    private static final LocalDate CLAIMED_ON = date(2025, 7, 5);
    private static final LocalDate VERIFIED_ON = date(2025, 8, 1);

    private final FixtureConfiguration<Achievement> fixture = fixture();

    @Test
    void implementedAchievementClaimsSavingsForAQuarter() {
        fixture.given(implementedHistory())
               .when(claim("c-1", Q2, "30000", CLAIMED_ON))
               .expectEvents(claimed("c-1", Q2, "30000", CLAIMED_ON));
    }

    @Test
    void adoptedAchievementStillClaimsSavings() {
        fixture.given(with(claimedHistory(), recommended("吉安市总工会", date(2025, 8, 1)),
                       adopted("ad-1", "赣鄱矿业二号井", date(2025, 9, 1))))
               .when(claim("c-2", Q3, "31000.50", date(2025, 10, 8)))
               .expectEvents(claimed("c-2", Q3, "31000.50", date(2025, 10, 8)));
    }

    @Test
    void cannotClaimSavingsBeforeImplementation() {
        fixture.given(acceptedHistory())
               .when(claim("c-1", Q2, "30000", CLAIMED_ON))
               .expectException(violates(ACHIEVEMENT_NOT_IMPLEMENTED))
               .expectNoEvents();
    }

    @Test
    void claimedSavingsMustBePositive() {
        fixture.given(implementedHistory())
               .when(claim("c-1", Q2, "0", CLAIMED_ON))
               .expectException(violates(AMOUNT_NOT_POSITIVE))
               .expectNoEvents();
    }

    @Test
    void claimIdIsRecordedOnlyOnce() {
        fixture.given(claimedHistory())
               .when(claim("c-1", Q3, "30000", date(2025, 10, 8)))
               .expectException(violates(SAVINGS_CLAIM_ALREADY_RECORDED))
               .expectNoEvents();
    }

    @Test
    void periodMustHaveBegunByTheClaimDate() {
        fixture.given(implementedHistory())
               .when(claim("c-1", Q3, "30000", date(2025, 6, 30)))
               .expectException(violates(SAVINGS_PERIOD_NOT_STARTED))
               .expectNoEvents();
    }

    @Test
    void quarterCanBeClaimedFromItsFirstDay() {
        fixture.given(implementedHistory())
               .when(claim("c-1", Q3, "30000", date(2025, 7, 1)))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void periodThatEndedBeforeImplementationHasNoSavings() {
        fixture.given(implementedHistory())
               .when(claim("c-1", SavingsPeriod.ofQuarter(2025, 1), "30000", CLAIMED_ON))
               .expectException(violates(SAVINGS_PERIOD_BEFORE_IMPLEMENTATION))
               .expectNoEvents();
    }

    @Test
    void claimCannotPrecedeImplementation() {
        fixture.given(with(acceptedHistory(), implemented(date(2025, 5, 10))))
               .when(claim("c-1", Q2, "30000", date(2025, 5, 9)))
               .expectException(violates(STEP_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void yearOverlapsItsQuarterAlreadyClaimed() {
        fixture.given(claimedHistory())
               .when(claim("c-2", YEAR, "120000", date(2026, 1, 10)))
               .expectException(violates(SAVINGS_PERIOD_OVERLAPS))
               .expectNoEvents();
    }

    @Test
    void quarterIsClaimedOnlyOnce() {
        fixture.given(claimedHistory())
               .when(claim("c-2", Q2, "1000", date(2025, 7, 9)))
               .expectException(violates(SAVINGS_PERIOD_OVERLAPS))
               .expectNoEvents();
    }

    @Test
    void verifiedQuarterIsClaimedOnlyOnce() {
        fixture.given(verifiedHistory())
               .when(claim("c-2", Q2, "1000", date(2025, 8, 9)))
               .expectException(violates(SAVINGS_PERIOD_OVERLAPS))
               .expectNoEvents();
    }

    @Test
    void rejectedClaimLeavesItsPeriodFree() {
        fixture.given(with(claimedHistory(), claimRejected("c-1", date(2025, 7, 20))))
               .when(claim("c-2", YEAR, "120000", date(2026, 1, 10)))
               .expectEvents(claimed("c-2", YEAR, "120000", date(2026, 1, 10)));
    }

    @Test
    void unverifiedClaimCanBeCorrected() {
        fixture.given(claimedHistory())
               .when(correct("c-1", "32500", "漏计备件费用", date(2025, 7, 10)))
               .expectEvents(corrected("c-1", "32500", date(2025, 7, 10)));
    }

    @Test
    void onlyAnExistingClaimCanBeCorrected() {
        fixture.given(claimedHistory())
               .when(correct("c-404", "32500", "漏计备件费用", date(2025, 7, 10)))
               .expectException(violates(SAVINGS_CLAIM_NOT_FOUND))
               .expectNoEvents();
    }

    @Test
    void verifiedAmountIsLockedAgainstCorrection() {
        fixture.given(verifiedHistory())
               .when(correct("c-1", "32500", "漏计备件费用", date(2025, 8, 2)))
               .expectException(violates(SAVINGS_CLAIM_VERIFIED))
               .expectNoEvents();
    }

    @Test
    void rejectedClaimCannotBeCorrected() {
        fixture.given(with(claimedHistory(), claimRejected("c-1", date(2025, 7, 20))))
               .when(correct("c-1", "32500", "补充凭证", date(2025, 7, 21)))
               .expectException(violates(SAVINGS_CLAIM_REJECTED))
               .expectNoEvents();
    }

    @Test
    void correctedAmountMustBePositive() {
        fixture.given(claimedHistory())
               .when(correct("c-1", "-1", "漏计备件费用", date(2025, 7, 10)))
               .expectException(violates(AMOUNT_NOT_POSITIVE))
               .expectNoEvents();
    }

    @Test
    void correctionStatesItsReason() {
        fixture.given(claimedHistory())
               .when(correct("c-1", "32500", "", date(2025, 7, 10)))
               .expectException(violates(REASON_REQUIRED))
               .expectNoEvents();
    }

    @Test
    void correctionCannotPrecedeTheClaim() {
        fixture.given(claimedHistory())
               .when(correct("c-1", "32500", "漏计备件费用", CLAIMED_ON.minusDays(1)))
               .expectException(violates(STEP_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void unverifiedClaimCanBeRejected() {
        fixture.given(claimedHistory())
               .when(rejectClaim("c-1", "缺少财务凭证", date(2025, 7, 20)))
               .expectEvents(new SavingsClaimRejected(ACHIEVEMENT_ID, "c-1", VERIFIER, date(2025, 7, 20), "缺少财务凭证"));
    }

    @Test
    void verifiedClaimCannotBeRejected() {
        fixture.given(verifiedHistory())
               .when(rejectClaim("c-1", "缺少财务凭证", date(2025, 8, 20)))
               .expectException(violates(SAVINGS_CLAIM_VERIFIED))
               .expectNoEvents();
    }

    @Test
    void claimIsRejectedOnlyOnce() {
        fixture.given(with(claimedHistory(), claimRejected("c-1", date(2025, 7, 20))))
               .when(rejectClaim("c-1", "缺少财务凭证", date(2025, 7, 21)))
               .expectException(violates(SAVINGS_CLAIM_REJECTED))
               .expectNoEvents();
    }

    @Test
    void claimRejectionStatesItsReason() {
        fixture.given(claimedHistory())
               .when(rejectClaim("c-1", " ", date(2025, 7, 20)))
               .expectException(violates(REASON_REQUIRED))
               .expectNoEvents();
    }

    @Test
    void claimRejectionCannotPrecedeTheClaim() {
        fixture.given(claimedHistory())
               .when(rejectClaim("c-1", "缺少财务凭证", CLAIMED_ON.minusDays(1)))
               .expectException(violates(STEP_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void claimIsVerifiedWithItsPeriod() {
        fixture.given(claimedHistory())
               .when(verify("c-1", "28000", VERIFIER, VERIFIED_ON))
               .expectEvents(verified("c-1", Q2, "28000", VERIFIED_ON));
    }

    @Test
    void claimCanBeVerifiedInFull() {
        fixture.given(claimedHistory())
               .when(verify("c-1", "30000.00", VERIFIER, VERIFIED_ON))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void verifiedAmountCannotExceedTheClaim() {
        fixture.given(claimedHistory())
               .when(verify("c-1", "30000.01", VERIFIER, VERIFIED_ON))
               .expectException(violates(VERIFIED_AMOUNT_EXCEEDS_CLAIM))
               .expectNoEvents();
    }

    @Test
    void verificationIsBoundByTheCorrectedAmount() {
        fixture.given(with(claimedHistory(), corrected("c-1", "32500", date(2025, 7, 10))))
               .when(verify("c-1", "32000", VERIFIER, VERIFIED_ON))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void verifiedAmountMustBePositive() {
        fixture.given(claimedHistory())
               .when(verify("c-1", "0", VERIFIER, VERIFIED_ON))
               .expectException(violates(AMOUNT_NOT_POSITIVE))
               .expectNoEvents();
    }

    @Test
    void verificationNamesTheVerifier() {
        fixture.given(claimedHistory())
               .when(verify("c-1", "28000", null, VERIFIED_ON))
               .expectException(violates(ACTOR_REQUIRED))
               .expectNoEvents();
    }

    @Test
    void verificationCannotPrecedeTheLastCorrection() {
        fixture.given(with(claimedHistory(), corrected("c-1", "32500", date(2025, 7, 10))))
               .when(verify("c-1", "28000", VERIFIER, date(2025, 7, 9)))
               .expectException(violates(STEP_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void claimIsVerifiedOnlyOnce() {
        fixture.given(verifiedHistory())
               .when(verify("c-1", "28000", VERIFIER, VERIFIED_ON))
               .expectException(violates(SAVINGS_CLAIM_VERIFIED))
               .expectNoEvents();
    }

    @Test
    void rejectedClaimCannotBeVerified() {
        fixture.given(with(claimedHistory(), claimRejected("c-1", date(2025, 7, 20))))
               .when(verify("c-1", "28000", VERIFIER, VERIFIED_ON))
               .expectException(violates(SAVINGS_CLAIM_REJECTED))
               .expectNoEvents();
    }

    @Test
    void verifiedClaimTakesAdjustingEntriesWithItsPeriod() {
        fixture.given(with(verifiedHistory(), adjusted("c-1", "adj-1", Q2, "1500", date(2025, 9, 1))))
               .when(adjust("c-1", "adj-2", "-2000", VERIFIER, "审计调整", date(2025, 12, 1)))
               .expectEvents(adjusted("c-1", "adj-2", Q2, "-2000", date(2025, 12, 1)));
    }

    @Test
    void onlyVerifiedClaimTakesAdjustingEntries() {
        fixture.given(claimedHistory())
               .when(adjust("c-1", "adj-1", "1500", VERIFIER, "审计调整", VERIFIED_ON))
               .expectException(violates(SAVINGS_CLAIM_NOT_VERIFIED))
               .expectNoEvents();
    }

    @Test
    void rejectedClaimTakesNoAdjustingEntries() {
        fixture.given(with(claimedHistory(), claimRejected("c-1", date(2025, 7, 20))))
               .when(adjust("c-1", "adj-1", "1500", VERIFIER, "审计调整", VERIFIED_ON))
               .expectException(violates(SAVINGS_CLAIM_REJECTED))
               .expectNoEvents();
    }

    @Test
    void adjustingEntryNeedsAnExistingClaim() {
        fixture.given(verifiedHistory())
               .when(adjust("c-404", "adj-1", "1500", VERIFIER, "审计调整", VERIFIED_ON))
               .expectException(violates(SAVINGS_CLAIM_NOT_FOUND))
               .expectNoEvents();
    }

    @Test
    void adjustingEntryCannotBeZero() {
        fixture.given(verifiedHistory())
               .when(adjust("c-1", "adj-1", "0.00", VERIFIER, "审计调整", VERIFIED_ON))
               .expectException(violates(ADJUSTMENT_ZERO))
               .expectNoEvents();
    }

    @Test
    void adjustmentsCannotTakeTheVerifiedAmountBelowZero() {
        fixture.given(with(verifiedHistory(), adjusted("c-1", "adj-1", Q2, "-27000", date(2025, 9, 1))))
               .when(adjust("c-1", "adj-2", "-1000.01", VERIFIER, "审计调整", date(2025, 12, 1)))
               .expectException(violates(ADJUSTMENT_BELOW_ZERO))
               .expectNoEvents();
    }

    @Test
    void adjustmentsCanBringTheVerifiedAmountToExactlyZero() {
        fixture.given(with(verifiedHistory(), adjusted("c-1", "adj-1", Q2, "-27000", date(2025, 9, 1))))
               .when(adjust("c-1", "adj-2", "-1000", VERIFIER, "审计调整", date(2025, 12, 1)))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void adjustmentIdIsRecordedOnlyOnce() {
        fixture.given(with(verifiedHistory(), adjusted("c-1", "adj-1", Q2, "1500", date(2025, 9, 1))))
               .when(adjust("c-1", "adj-1", "1500", VERIFIER, "审计调整", date(2025, 9, 1)))
               .expectException(violates(ADJUSTMENT_ALREADY_RECORDED))
               .expectNoEvents();
    }

    @Test
    void adjustingEntryCannotPrecedeTheVerification() {
        fixture.given(verifiedHistory())
               .when(adjust("c-1", "adj-1", "1500", VERIFIER, "审计调整", VERIFIED_ON.minusDays(1)))
               .expectException(violates(STEP_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void adjustingEntryStatesItsReason() {
        fixture.given(verifiedHistory())
               .when(adjust("c-1", "adj-1", "1500", VERIFIER, null, VERIFIED_ON))
               .expectException(violates(REASON_REQUIRED))
               .expectNoEvents();
    }

    @Test
    void adjustingEntryNamesWhoMadeIt() {
        fixture.given(verifiedHistory())
               .when(adjust("c-1", "adj-1", "1500", " ", "审计调整", VERIFIED_ON))
               .expectException(violates(ACTOR_REQUIRED))
               .expectNoEvents();
    }
}
