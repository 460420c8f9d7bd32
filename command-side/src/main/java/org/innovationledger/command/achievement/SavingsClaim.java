package org.innovationledger.command.achievement;

import org.innovationledger.api.achievement.SavingsClaimStatus;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/**
 * One savings claim (效益申报) as the rules need it.
 *
 * @param lastChangedOn  the day it was claimed or last corrected: no later step may be dated before it
 * @param verifiedAmount the amount locked by verification (核实), or null before
 * @param adjustments    the sum of the adjusting entries booked on the verified amount
 */
record SavingsClaim(SavingsPeriod period, Yuan amount, LocalDate lastChangedOn, SavingsClaimStatus status,
                    Yuan verifiedAmount, LocalDate verifiedOn, Yuan adjustments) {

    static SavingsClaim claimed(SavingsPeriod period, Yuan amount, LocalDate claimedOn) {
        return new SavingsClaim(period, amount, claimedOn, SavingsClaimStatus.CLAIMED, null, null, Yuan.ZERO);
    }

    SavingsClaim corrected(Yuan newAmount, LocalDate correctedOn) {
        return new SavingsClaim(period, newAmount, correctedOn, status, null, null, adjustments);
    }

    SavingsClaim rejected() {
        return new SavingsClaim(period, amount, lastChangedOn, SavingsClaimStatus.REJECTED, null, null, adjustments);
    }

    SavingsClaim verified(Yuan amountVerified, LocalDate on) {
        return new SavingsClaim(period, amount, lastChangedOn, SavingsClaimStatus.VERIFIED, amountVerified, on,
                adjustments);
    }

    SavingsClaim adjusted(Yuan by) {
        return new SavingsClaim(period, amount, lastChangedOn, status, verifiedAmount, verifiedOn,
                adjustments.plus(by));
    }

    /** What counts for the claim now: the verified amount with every adjusting entry booked on it. */
    Yuan verifiedBalance() {
        return verifiedAmount.plus(adjustments);
    }

    boolean isRejected() {
        return status == SavingsClaimStatus.REJECTED;
    }
}
