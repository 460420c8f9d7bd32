package org.innovationledger.query.web;

import org.innovationledger.api.common.RegionCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Checks of raw query parameters; each failure is an {@link InvalidQueryException} naming the parameter. */
public final class QueryParameters {

    /**
     * The first year a query may name: 1985, the first year of the Chinese patent system; the "五小" movement is no
     * older.
     */
    public static final int FIRST_YEAR = 1985;
    public static final int LAST_YEAR = 9999;

    private QueryParameters() {
    }

    /**
     * A region code prefix (2, 4 or 6 digits); a full code such as 360000 or 360800 stands for its province or
     * city.
     */
    public static String regionPrefix(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String region = raw.trim();
        if (!RegionCode.isValidPrefix(region)) {
            throw new InvalidQueryException(parameter, parameter + " must be a region code prefix of 2, 4 or 6 "
                    + "digits starting with a province code, e.g. 36, 3608 or 360829; got '" + raw + "'");
        }
        return region.length() == 6 ? new RegionCode(region).prefix() : region;
    }

    public static <E extends Enum<E>> E choice(String parameter, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(parameter, parameter + " must be one of "
                    + Arrays.toString(type.getEnumConstants()) + "; got '" + raw + "'");
        }
    }

    /** A comma-separated list of choices, any of which may match; empty when the parameter is absent. */
    public static <E extends Enum<E>> Set<E> choices(String parameter, String raw, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (raw != null) {
            for (String one : raw.split(",")) {
                if (!one.isBlank()) {
                    chosen.add(choice(parameter, one, type));
                }
            }
        }
        return chosen;
    }

    public static Integer year(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(raw.trim());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidQueryException(parameter, parameter + " must be a year from " + FIRST_YEAR + ", e.g. 2024; "
                + "got '" + raw + "'");
    }

    public static LocalDate date(String parameter, String raw, LocalDate fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(parameter, parameter + " must be a date as YYYY-MM-DD, e.g. 2025-06-01; "
                    + "got '" + raw + "'");
        }
    }
}
