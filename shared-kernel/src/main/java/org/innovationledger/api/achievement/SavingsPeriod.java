package org.innovationledger.api.achievement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a savings claim covers: a calendar year ({@code "2025"}) or one of its quarters ({@code "2025-Q3"}).
 * Sent and stored as that string.
 *
 * @param quarter 1 to 4, or null for the whole year
 */
public record SavingsPeriod(int year, Integer quarter) implements Comparable<SavingsPeriod> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    public SavingsPeriod {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter must be 1 to 4, got " + quarter);
        }
    }

    public static SavingsPeriod ofYear(int year) {
        return new SavingsPeriod(year, null);
    }

    public static SavingsPeriod ofQuarter(int year, int quarter) {
        return new SavingsPeriod(year, quarter);
    }

    /** @throws IllegalArgumentException not {@code yyyy} or {@code yyyy-Qn} */
    @JsonCreator
    public static SavingsPeriod parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("a period is a year (2025) or a quarter (2025-Q3), got " + text);
        }
        int year = Integer.parseInt(matcher.group(1));
        return matcher.group(2) == null ? ofYear(year) : ofQuarter(year, Integer.parseInt(matcher.group(2)));
    }

    public static boolean isValid(String text) {
        return text != null && TEXT.matcher(text).matches() && Integer.parseInt(text.substring(0, 4)) >= 1900;
    }

    public boolean isQuarter() {
        return quarter != null;
    }

    public LocalDate startsOn() {
        return LocalDate.of(year, quarter == null ? 1 : 3 * quarter - 2, 1);
    }

    public LocalDate endsOn() {
        LocalDate lastMonth = LocalDate.of(year, quarter == null ? 12 : 3 * quarter, 1);
        return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
    }

    /** True when the two periods share a day: the same period, or a year and one of its quarters. */
    public boolean overlaps(SavingsPeriod other) {
        return year == other.year && (quarter == null || other.quarter == null || quarter.equals(other.quarter));
    }

    /** Years first; within a year, the whole year before its quarters. */
    @Override
    public int compareTo(SavingsPeriod other) {
        if (year != other.year) {
            return Integer.compare(year, other.year);
        }
        return Integer.compare(quarter == null ? 0 : quarter, other.quarter == null ? 0 : other.quarter);
    }

    @JsonValue
    @Override
    public String toString() {
        return quarter == null ? Integer.toString(year) : year + "-Q" + quarter;
    }
}
