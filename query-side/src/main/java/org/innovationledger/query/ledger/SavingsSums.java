package org.innovationledger.query.ledger;

/** Running totals of claims in fen: claimed (not rejected), verified (with adjustments), pending, and how many. */
final class SavingsSums {

    long claimedFen;
    long verifiedFen;
    long pendingFen;
    long claims;

    void add(IndexedClaim claim) {
        claimedFen = Math.addExact(claimedFen, claim.countedClaimedFen());
        verifiedFen = Math.addExact(verifiedFen, claim.countedVerifiedFen());
        pendingFen = Math.addExact(pendingFen, claim.pendingFen());
        claims++;
    }

    void add(SavingsSums other) {
        claimedFen = Math.addExact(claimedFen, other.claimedFen);
        verifiedFen = Math.addExact(verifiedFen, other.verifiedFen);
        pendingFen = Math.addExact(pendingFen, other.pendingFen);
        claims += other.claims;
    }
}
