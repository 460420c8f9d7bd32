package org.innovationledger.query.ledger;

import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementContent;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.achievement.Contributor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every achievement of the ledger, one column per field and one slot per achievement in the order recorded. A scan
 * reads a few primitive arrays from start to end instead of following a reference per achievement (at 200,000
 * achievements that is the difference between a fraction of a millisecond and tens of milliseconds of memory
 * latency). Only the achievements that end up on a page are turned into objects.
 */
final class AchievementColumns {

    /** Marks a missing date in {@link #achievedOn}. */
    static final int NO_DATE = Integer.MIN_VALUE;

    private final Map<String, Integer> slots = new HashMap<>();
    int count;
    String[] ids = new String[1024];
    int[] studio = new int[1024];
    byte[] category = new byte[1024];
    byte[] status = new byte[1024];
    /** Epoch day of the day achieved, or {@link #NO_DATE}. */
    int[] achievedOn = new int[1024];
    /** One bit per {@link AwardLevel} ordinal at which it won an award. */
    int[] awardLevels = new int[1024];
    /** Epoch day of the acceptance, or {@link #NO_DATE}. */
    int[] acceptedOn = new int[1024];
    String[] titles = new String[1024];
    /** Awards and adoptions by slot, for the few achievements that have them (what ratings count). */
    final Map<Integer, List<Award>> awards = new HashMap<>();
    final Map<Integer, List<Adoption>> adoptions = new HashMap<>();
    /** Claimed (not rejected) and verified savings of the achievement, in fen, kept by {@link ClaimColumns}. */
    long[] claimedFen = new long[1024];
    long[] verifiedFen = new long[1024];
    /** Title and contributors' names, lower case, one after the other in one buffer: what the text filter reads. */
    private char[] text = new char[1 << 16];
    private int textUsed;
    private int[] textStart = new int[1024];
    private int[] textLength = new int[1024];

    /** The slot of the achievement, or -1 when its recording has not been seen. */
    int slotOf(String achievementId) {
        return slots.getOrDefault(achievementId, -1);
    }

    int record(String achievementId, int studioOrdinal, AchievementContent content) {
        Integer known = slots.get(achievementId);
        if (known != null) {
            return known;
        }
        if (count == ids.length) {
            grow(count * 2);
        }
        int slot = count++;
        slots.put(achievementId, slot);
        ids[slot] = achievementId;
        studio[slot] = studioOrdinal;
        status[slot] = (byte) AchievementStatus.DRAFT.ordinal();
        acceptedOn[slot] = NO_DATE;
        show(slot, content);
        return slot;
    }

    void show(int slot, AchievementContent content) {
        titles[slot] = content.title();
        category[slot] = (byte) content.category().ordinal();
        achievedOn[slot] = content.achievedOn() == null ? NO_DATE : (int) content.achievedOn().toEpochDay();
        StringBuilder searched = new StringBuilder(content.title());
        for (Contributor contributor : content.contributors()) {
            searched.append('\n').append(contributor.name());
        }
        char[] lower = searched.toString().toLowerCase(Locale.ROOT).toCharArray();
        if (textUsed + lower.length > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textUsed + lower.length));
        }
        System.arraycopy(lower, 0, text, textUsed, lower.length);
        textStart[slot] = textUsed;
        textLength[slot] = lower.length;
        textUsed += lower.length;
    }

    void award(int slot, String awardId, AwardLevel level, AwardGrade grade, int awardedOn) {
        awardLevels[slot] |= 1 << level.ordinal();
        awards.computeIfAbsent(slot, s -> new ArrayList<>(1)).add(new Award(awardId, level, grade, awardedOn));
    }

    void adopt(int slot, String adoptionId, int adoptedOn) {
        adoptions.computeIfAbsent(slot, s -> new ArrayList<>(1)).add(new Adoption(adoptionId, adoptedOn));
    }

    AchievementCategory category(int slot) {
        return AchievementCategory.values()[category[slot]];
    }

    AchievementStatus status(int slot) {
        return AchievementStatus.values()[status[slot]];
    }

    void status(int slot, AchievementStatus newStatus) {
        status[slot] = (byte) newStatus.ordinal();
    }

    /** True when the achievement's title or a contributor's name contains {@code needle} (lower case). */
    boolean textContains(int slot, char[] needle) {
        int start = textStart[slot];
        int last = start + textLength[slot] - needle.length;
        for (int from = start; from <= last; from++) {
            int matched = 0;
            while (matched < needle.length && text[from + matched] == needle[matched]) {
                matched++;
            }
            if (matched == needle.length) {
                return true;
            }
        }
        return false;
    }

    private void grow(int capacity) {
        ids = Arrays.copyOf(ids, capacity);
        studio = Arrays.copyOf(studio, capacity);
        category = Arrays.copyOf(category, capacity);
        status = Arrays.copyOf(status, capacity);
        achievedOn = Arrays.copyOf(achievedOn, capacity);
        awardLevels = Arrays.copyOf(awardLevels, capacity);
        titles = Arrays.copyOf(titles, capacity);
        acceptedOn = Arrays.copyOf(acceptedOn, capacity);
        claimedFen = Arrays.copyOf(claimedFen, capacity);
        verifiedFen = Arrays.copyOf(verifiedFen, capacity);
        textStart = Arrays.copyOf(textStart, capacity);
        textLength = Arrays.copyOf(textLength, capacity);
    }

    record Award(String awardId, AwardLevel level, AwardGrade grade, int awardedOn) {
    }

    record Adoption(String adoptionId, int adoptedOn) {
    }
}
