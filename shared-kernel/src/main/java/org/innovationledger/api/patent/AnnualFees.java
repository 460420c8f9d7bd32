package org.innovationledger.api.patent;

import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Annual fees (年费) of granted patents: the fee table at the standard rate (before any reduction, 费减), which years
 * a patent owes, when each falls due and the late surcharge (滞纳金) in the six-month grace period (滞纳期).
 *
 * <p>A granted patent owes a fee for every patent year from the year of grant (授予专利权当年) to the last year of its
 * term. The fee for a later year N is due on the first day of year N, the (N-1)th anniversary of the filing date
 * (缴费期限届满日是申请日在该年的相应日). The fee for the year of grant is paid with the registration formalities
 * (办理登记手续) before the grant is announced, so it is due on the announcement date and never late by then.
 * Years may be paid ahead. See {@link AnnualFee} for the surcharge.
 */
public final class AnnualFees {

    /** Months of grace after the due date before the patent lapses. */
    public static final int GRACE_MONTHS = 6;
    /** Surcharge for each month of grace after the first, as a percentage of the fee. */
    public static final int SURCHARGE_PERCENT_PER_MONTH = 5;

    /** Yuan by patent year, from year 1; the table of the domain brief, year by year. */
    private static final Map<PatentType, int[]> YUAN_BY_YEAR = new EnumMap<>(Map.of(
            PatentType.INVENTION, new int[]{
                    900, 900, 900, 1200, 1200, 1200, 2000, 2000, 2000, 4000,    // years 1-10
                    4000, 4000, 6000, 6000, 6000, 8000, 8000, 8000, 8000, 8000}, // years 11-20
            PatentType.UTILITY_MODEL, new int[]{
                    600, 600, 600, 900, 900, 1200, 1200, 1200, 2000, 2000},
            PatentType.DESIGN, new int[]{
                    600, 600, 600, 900, 900, 1200, 1200, 1200, 2000, 2000,
                    3000, 3000, 3000, 3000, 3000}));

    private AnnualFees() {
    }

    /** The fee in the table for a patent year of a type; empty for years the table has no fee for. */
    public static Optional<Yuan> tableFee(PatentType type, int year) {
        int[] fees = YUAN_BY_YEAR.get(type);
        return year < 1 || year > fees.length ? Optional.empty() : Optional.of(Yuan.of(fees[year - 1]));
    }

    /** The fee for a patent year of this patent; empty for years outside its term. */
    public static Optional<Yuan> fee(PatentType type, LocalDate filedOn, int year) {
        return year > PatentCalendar.termYears(type, filedOn) ? Optional.empty() : tableFee(type, year);
    }

    /** The first year a patent granted on this day owes a fee for: the patent year of the grant. */
    public static int firstYearOwed(LocalDate filedOn, LocalDate grantedOn) {
        return PatentCalendar.patentYearOn(filedOn, grantedOn);
    }

    /**
     * The fee a patent owes for a patent year and its due date; empty for years before the year of grant or beyond
     * the term, which owe nothing.
     */
    public static Optional<AnnualFee> owed(PatentType type, LocalDate filedOn, LocalDate grantedOn, int year) {
        int first = firstYearOwed(filedOn, grantedOn);
        if (year < first) {
            return Optional.empty();
        }
        LocalDate dueOn = year == first ? grantedOn : PatentCalendar.patentYearStartsOn(filedOn, year);
        return fee(type, filedOn, year).map(fee -> new AnnualFee(year, fee, dueOn));
    }

    /** The surcharge in a month of grace: none in the first month, then 5 % more each month, 25 % in the sixth. */
    public static int surchargePercent(int graceMonth) {
        if (graceMonth < 1 || graceMonth > GRACE_MONTHS) {
            throw new IllegalArgumentException("months of grace are 1 to " + GRACE_MONTHS + ", got " + graceMonth);
        }
        return (graceMonth - 1) * SURCHARGE_PERCENT_PER_MONTH;
    }
}
