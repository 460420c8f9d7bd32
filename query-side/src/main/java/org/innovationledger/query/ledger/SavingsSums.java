package org.innovationledger.query.ledger;

/**
 * Running totals of claims in fen for a row of groups (studios, periods…): claimed (not rejected), verified (with
 * adjustments), pending, and how many claims — one primitive array per figure.
 */
final class SavingsSums {

    final long[] claimedFen;
    final long[] verifiedFen;
    final long[] pendingFen;
    final long[] claims;

    SavingsSums(int groups) {
        claimedFen = new long[groups];
        verifiedFen = new long[groups];
        pendingFen = new long[groups];
        claims = new long[groups];
    }

    void add(int group, long claimed, long verified, long pending) {
        claimedFen[group] = Math.addExact(claimedFen[group], claimed);
        verifiedFen[group] = Math.addExact(verifiedFen[group], verified);
        pendingFen[group] = Math.addExact(pendingFen[group], pending);
        claims[group]++;
    }

    /** Adds group {@code from} of {@code other} into this row's {@code group}. */
    void add(int group, SavingsSums other, int from) {
        claimedFen[group] = Math.addExact(claimedFen[group], other.claimedFen[from]);
        verifiedFen[group] = Math.addExact(verifiedFen[group], other.verifiedFen[from]);
        pendingFen[group] = Math.addExact(pendingFen[group], other.pendingFen[from]);
        claims[group] += other.claims[from];
    }

    SavingsGroup group(int group, String key, String name) {
        return new SavingsGroup(key, name, Fen.toYuan(claimedFen[group]), Fen.toYuan(verifiedFen[group]),
                                Fen.toYuan(pendingFen[group]), claims[group]);
    }
}
