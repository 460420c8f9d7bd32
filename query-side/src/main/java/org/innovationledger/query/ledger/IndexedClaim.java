package org.innovationledger.query.ledger;

import org.innovationledger.api.achievement.SavingsClaimStatus;
import org.innovationledger.api.achievement.SavingsPeriod;

/** A savings claim as the ledger counts it: its period, the amount claimed now and, once verified, the amount verified. */
final class IndexedClaim {

    final String id;
    final SavingsPeriod period;
    SavingsClaimStatus status = SavingsClaimStatus.CLAIMED;
    /** The amount claimed, as last corrected. */
    long claimedFen;
    /** The amount verified plus every adjusting entry since; 0 until verified. */
    long verifiedFen;

    IndexedClaim(String id, SavingsPeriod period, long claimedFen) {
        this.id = id;
        this.period = period;
        this.claimedFen = claimedFen;
    }

    /** Counted in claimed totals: every claim that was not rejected, verified or not. */
    long countedClaimedFen() {
        return status == SavingsClaimStatus.REJECTED ? 0 : claimedFen;
    }

    /** Counted in pending totals: claimed, not yet verified nor rejected. */
    long pendingFen() {
        return status == SavingsClaimStatus.CLAIMED ? claimedFen : 0;
    }

    long countedVerifiedFen() {
        return status == SavingsClaimStatus.VERIFIED ? verifiedFen : 0;
    }
}
