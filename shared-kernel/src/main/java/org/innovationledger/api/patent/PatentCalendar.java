package org.innovationledger.api.patent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dates that Chinese patent rules derive from a filing date (申请日) and from the office's decisions.
 *
 * <p>Periods counted in years or months end on the corresponding day of the last year or month, and when that month
 * has no such day, on its last day (民法典 第二百零二条). So the first anniversary of 29 February 2024 is
 * 28 February 2025 (and 29 February 2028 again in a leap year), and one month after 31 January is the last day of
 * February. Every date is counted from the original day, never from an earlier result: two months after
 * 31 January is 31 March, not 28 March. {@link LocalDate#plusYears} and {@link LocalDate#plusMonths} count this way.
 *
 * <p>Patent years (专利年度) run from the filing date: year 1 from the filing date to the day before the first
 * anniversary, year N from the (N-1)th anniversary (专利审查指南, 第五部分第九章). The term (保护期限) is counted
 * from the filing date, never the priority date, and its last day is the day before the anniversary that closes it.
 */
public final class PatentCalendar {

    /** Designs filed on or after this day (the fourth amendment of the Patent Law) are protected for 15 years. */
    public static final LocalDate DESIGN_TERM_OF_15_YEARS_FROM = LocalDate.of(2021, 6, 1);

    private PatentCalendar() {
    }

    /** The day {@code years} years after {@code date}: the same day, or the month's last day if it has none. */
    public static LocalDate anniversary(LocalDate date, int years) {
        return date.plusYears(years);
    }

    /** The term in years: invention 20, utility model 10, design 15 (10 if filed before 2021-06-01). */
    public static int termYears(PatentType type, LocalDate filedOn) {
        return switch (type) {
            case INVENTION -> 20;
            case UTILITY_MODEL -> 10;
            case DESIGN -> filedOn.isBefore(DESIGN_TERM_OF_15_YEARS_FROM) ? 10 : 15;
        };
    }

    /** The last day of the term (期限届满日): the last day of the last patent year. */
    public static LocalDate termEndsOn(PatentType type, LocalDate filedOn) {
        return patentYearEndsOn(filedOn, termYears(type, filedOn));
    }

    /** The first day of patent year {@code year}: the (year-1)th anniversary of the filing date. */
    public static LocalDate patentYearStartsOn(LocalDate filedOn, int year) {
        requirePatentYear(year);
        return anniversary(filedOn, year - 1);
    }

    /** The last day of patent year {@code year}: the day before its next anniversary. */
    public static LocalDate patentYearEndsOn(LocalDate filedOn, int year) {
        requirePatentYear(year);
        return anniversary(filedOn, year).minusDays(1);
    }

    /** The patent year a day falls in. */
    public static int patentYearOn(LocalDate filedOn, LocalDate date) {
        if (date.isBefore(filedOn)) {
            throw new IllegalArgumentException(date + " is before the filing date " + filedOn);
        }
        int completed = (int) ChronoUnit.YEARS.between(filedOn, date);
        if (!anniversary(filedOn, completed + 1).isAfter(date)) {
            completed++;
        }
        return completed + 1;
    }

    /**
     * The last day to request substantive examination of an invention (实质审查请求): three years from the
     * priority date if one is claimed, else from the filing date (专利法 第三十五条, 实施细则 第十一条).
     */
    public static LocalDate substantiveExaminationDueOn(LocalDate filedOn, LocalDate priorityDate) {
        return anniversary(priorityDate != null ? priorityDate : filedOn, 3);
    }

    /** The last day on which an application may claim a priority date: 12 months later, 6 for designs. */
    public static LocalDate priorityPeriodEndsOn(PatentType type, LocalDate priorityDate) {
        return priorityDate.plusMonths(type == PatentType.DESIGN ? 6 : 12);
    }

    /** The last day to request re-examination (复审) of a rejection: three months after it. */
    public static LocalDate reexaminationDueOn(LocalDate rejectedOn) {
        return rejectedOn.plusMonths(3);
    }

    /** The last day to restore (恢复) a patent that lapsed: two months after the lapse. */
    public static LocalDate restorationDueOn(LocalDate lapsedOn) {
        return lapsedOn.plusMonths(2);
    }

    private static void requirePatentYear(int year) {
        if (year < 1) {
            throw new IllegalArgumentException("patent years start at 1, got " + year);
        }
    }
}
