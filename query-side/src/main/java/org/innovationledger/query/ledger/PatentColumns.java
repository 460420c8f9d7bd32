package org.innovationledger.query.ledger;

import org.innovationledger.api.patent.AnnualFee;
import org.innovationledger.api.patent.AnnualFees;
import org.innovationledger.api.patent.PatentCalendar;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every patent and application of the ledger, one column per field and one slot per patent in the order filed: what
 * the dashboard counts (filed and granted by type and year, status) and the next annual fee each granted patent owes
 * (年费), kept current as fees are paid, patents lapse or are restored, so that upcoming deadlines are one scan.
 */
final class PatentColumns {

    static final int NO_DATE = AchievementColumns.NO_DATE;

    private final Map<String, Integer> slots = new HashMap<>();
    int count;
    String[] ids = new String[256];
    String[] titles = new String[256];
    String[] applicationNumbers = new String[256];
    int[] studio = new int[256];
    byte[] type = new byte[256];
    byte[] status = new byte[256];
    /** The status an application had before its rejection, to go back to if re-examination overturns it. */
    byte[] statusBeforeRejection = new byte[256];
    int[] filedOn = new int[256];
    /** Epoch day of the grant's announcement, or {@link #NO_DATE}. */
    int[] grantedOn = new int[256];
    /** Bit n set: the annual fee of patent year n is paid. */
    int[] paidYears = new int[256];
    int[] firstFeeYear = new int[256];
    /** The next annual fee owed while the patent is granted or lapsed: its patent year, due day and fee in fen. */
    int[] nextFeeYear = new int[256];
    int[] nextFeeDueOn = new int[256];
    long[] nextFeeFen = new long[256];

    int slotOf(String patentId) {
        return slots.getOrDefault(patentId, -1);
    }

    /** @return the new patent's slot, or -1 when it was already known */
    int file(String patentId, int studioOrdinal, PatentType patentType, String title, String applicationNumber,
             LocalDate filed) {
        if (slots.containsKey(patentId)) {
            return -1;
        }
        if (count == ids.length) {
            grow(count * 2);
        }
        int slot = count++;
        slots.put(patentId, slot);
        ids[slot] = patentId;
        titles[slot] = title;
        applicationNumbers[slot] = applicationNumber;
        studio[slot] = studioOrdinal;
        type[slot] = (byte) patentType.ordinal();
        status[slot] = (byte) PatentStatus.FILED.ordinal();
        filedOn[slot] = (int) filed.toEpochDay();
        grantedOn[slot] = NO_DATE;
        nextFeeDueOn[slot] = NO_DATE;
        return slot;
    }

    PatentType type(int slot) {
        return PatentType.values()[type[slot]];
    }

    PatentStatus status(int slot) {
        return PatentStatus.values()[status[slot]];
    }

    void status(int slot, PatentStatus newStatus) {
        if (newStatus == PatentStatus.REJECTED) {
            statusBeforeRejection[slot] = status[slot];
        }
        status[slot] = (byte) newStatus.ordinal();
        nextFee(slot);
    }

    /** Examination continues where it stopped before the rejection. */
    void overturnRejection(int slot) {
        status[slot] = statusBeforeRejection[slot];
    }

    void grant(int slot, LocalDate announcedOn, int firstYear) {
        grantedOn[slot] = (int) announcedOn.toEpochDay();
        firstFeeYear[slot] = firstYear;
        status(slot, PatentStatus.GRANTED);
    }

    void paid(int slot, int patentYear) {
        if (patentYear > 0 && patentYear < Integer.SIZE) {
            paidYears[slot] |= 1 << patentYear;
        }
        nextFee(slot);
    }

    /** A fee is owed only while the patent is in force or may still be restored. */
    private void nextFee(int slot) {
        PatentStatus now = status(slot);
        nextFeeDueOn[slot] = NO_DATE;
        if ((now != PatentStatus.GRANTED && now != PatentStatus.LAPSED) || grantedOn[slot] == NO_DATE) {
            return;
        }
        LocalDate filed = LocalDate.ofEpochDay(filedOn[slot]);
        int term = PatentCalendar.termYears(type(slot), filed);
        for (int year = Math.max(1, firstFeeYear[slot]); year <= term; year++) {
            if ((paidYears[slot] & (1 << year)) == 0) {
                Optional<AnnualFee> fee = AnnualFees.owed(type(slot), filed, LocalDate.ofEpochDay(grantedOn[slot]),
                                                          year);
                if (fee.isPresent()) {
                    nextFeeYear[slot] = year;
                    nextFeeDueOn[slot] = (int) fee.get().dueOn().toEpochDay();
                    nextFeeFen[slot] = Fen.of(fee.get().fee());
                }
                return;
            }
        }
    }

    private void grow(int capacity) {
        ids = Arrays.copyOf(ids, capacity);
        titles = Arrays.copyOf(titles, capacity);
        applicationNumbers = Arrays.copyOf(applicationNumbers, capacity);
        studio = Arrays.copyOf(studio, capacity);
        type = Arrays.copyOf(type, capacity);
        status = Arrays.copyOf(status, capacity);
        statusBeforeRejection = Arrays.copyOf(statusBeforeRejection, capacity);
        filedOn = Arrays.copyOf(filedOn, capacity);
        grantedOn = Arrays.copyOf(grantedOn, capacity);
        paidYears = Arrays.copyOf(paidYears, capacity);
        firstFeeYear = Arrays.copyOf(firstFeeYear, capacity);
        nextFeeYear = Arrays.copyOf(nextFeeYear, capacity);
        nextFeeDueOn = Arrays.copyOf(nextFeeDueOn, capacity);
        nextFeeFen = Arrays.copyOf(nextFeeFen, capacity);
    }
}
