package org.innovationledger.query.ledger;

import org.innovationledger.api.achievement.SavingsClaimStatus;
import org.innovationledger.api.achievement.SavingsPeriod;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Every savings claim of the ledger, one column per field and one slot per claim in the order claimed, so that a
 * roll-up is one pass over primitive arrays. Each change to a claim also moves the totals of its achievement in
 * {@link AchievementColumns}: the claim is taken out of them as it was and counted again as it is.
 */
final class ClaimColumns {

    /** The claim's period is the whole year. */
    static final byte WHOLE_YEAR = 0;

    private static final byte CLAIMED = (byte) SavingsClaimStatus.CLAIMED.ordinal();
    private static final byte VERIFIED = (byte) SavingsClaimStatus.VERIFIED.ordinal();
    private static final byte REJECTED = (byte) SavingsClaimStatus.REJECTED.ordinal();

    private final AchievementColumns achievements;
    private final Map<String, Integer> slots = new HashMap<>();
    int count;
    /** "achievementId/claimId": the claim's id in the whole ledger. */
    String[] keys = new String[1024];
    int[] achievement = new int[1024];
    /** The studio's ordinal, copied from the achievement, whose studio never changes. */
    int[] studio = new int[1024];
    short[] year = new short[1024];
    /** 1 to 4, or {@link #WHOLE_YEAR}. */
    byte[] quarter = new byte[1024];
    byte[] status = new byte[1024];
    /** The amount claimed, as last corrected. */
    long[] claimedFen = new long[1024];
    /** The amount verified plus every adjusting entry since; 0 until verified. */
    long[] verifiedFen = new long[1024];
    /** The earliest and latest years claimed for, so that periods can be numbered densely. */
    int firstYear = Integer.MAX_VALUE;
    int lastYear = Integer.MIN_VALUE;

    ClaimColumns(AchievementColumns achievements) {
        this.achievements = achievements;
    }

    /** @return the new claim's slot, or -1 when the claim was already known */
    int claim(int achievementSlot, String claimId, SavingsPeriod period, long fen) {
        String key = achievements.ids[achievementSlot] + '/' + claimId;
        if (slots.containsKey(key)) {
            return -1;
        }
        if (count == achievement.length) {
            grow(count * 2);
        }
        int slot = count++;
        slots.put(key, slot);
        keys[slot] = key;
        achievement[slot] = achievementSlot;
        studio[slot] = achievements.studio[achievementSlot];
        year[slot] = (short) period.year();
        firstYear = Math.min(firstYear, period.year());
        lastYear = Math.max(lastYear, period.year());
        quarter[slot] = period.quarter() == null ? WHOLE_YEAR : period.quarter().byteValue();
        status[slot] = CLAIMED;
        claimedFen[slot] = fen;
        count(slot, 1);
        return slot;
    }

    void correct(int achievementSlot, String claimId, long fen) {
        change(achievementSlot, claimId, slot -> claimedFen[slot] = fen);
    }

    void reject(int achievementSlot, String claimId) {
        change(achievementSlot, claimId, slot -> status[slot] = REJECTED);
    }

    void verify(int achievementSlot, String claimId, long fen) {
        change(achievementSlot, claimId, slot -> {
            status[slot] = VERIFIED;
            verifiedFen[slot] = fen;
        });
    }

    void adjust(int achievementSlot, String claimId, long deltaFen) {
        change(achievementSlot, claimId, slot -> verifiedFen[slot] = Math.addExact(verifiedFen[slot], deltaFen));
    }

    /** Counted in claimed totals: every claim that was not rejected, verified or not. */
    long countedClaimedFen(int slot) {
        return status[slot] == REJECTED ? 0 : claimedFen[slot];
    }

    long countedVerifiedFen(int slot) {
        return status[slot] == VERIFIED ? verifiedFen[slot] : 0;
    }

    boolean isVerified(int slot) {
        return status[slot] == VERIFIED;
    }

    /** Counted in pending totals: claimed, neither verified nor rejected. */
    long pendingFen(int slot) {
        return status[slot] == CLAIMED ? claimedFen[slot] : 0;
    }

    private void change(int achievementSlot, String claimId, IntConsumer change) {
        Integer slot = slots.get(achievements.ids[achievementSlot] + '/' + claimId);
        if (slot == null) {
            return;
        }
        count(slot, -1);
        change.accept(slot);
        count(slot, 1);
    }

    private void count(int slot, int sign) {
        int owner = achievement[slot];
        achievements.claimedFen[owner] = Math.addExact(achievements.claimedFen[owner],
                                                       sign * countedClaimedFen(slot));
        achievements.verifiedFen[owner] = Math.addExact(achievements.verifiedFen[owner],
                                                        sign * countedVerifiedFen(slot));
    }

    private void grow(int capacity) {
        keys = Arrays.copyOf(keys, capacity);
        achievement = Arrays.copyOf(achievement, capacity);
        studio = Arrays.copyOf(studio, capacity);
        year = Arrays.copyOf(year, capacity);
        quarter = Arrays.copyOf(quarter, capacity);
        status = Arrays.copyOf(status, capacity);
        claimedFen = Arrays.copyOf(claimedFen, capacity);
        verifiedFen = Arrays.copyOf(verifiedFen, capacity);
    }
}
