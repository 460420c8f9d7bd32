package org.innovationledger.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Administrative division code (行政区划代码, GB/T 2260): two digits for the province, four for the city, six for
 * the county. {@code 360829} lies in {@code 360800}, which lies in {@code 360000}.
 */
public record RegionCode(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    /** The province-level prefixes of GB/T 2260 (including Taiwan, Hong Kong and Macao). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    private static final Pattern PREFIX = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

    @JsonCreator
    public RegionCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("region code must be six digits starting with a province code, got " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && SIX_DIGITS.matcher(value).matches() && PROVINCES.contains(value.substring(0, 2));
    }

    /** True for a well-formed roll-up prefix: a province (2 digits), city (4) or county (6). */
    public static boolean isValidPrefix(String prefix) {
        return prefix != null && PREFIX.matcher(prefix).matches() && PROVINCES.contains(prefix.substring(0, 2));
    }

    /**
     * The prefix that every code inside this region starts with: {@code 360000 → 36}, {@code 360800 → 3608},
     * {@code 360829 → 360829}.
     */
    public String prefix() {
        if (value.endsWith("0000")) {
            return value.substring(0, 2);
        }
        if (value.endsWith("00")) {
            return value.substring(0, 4);
        }
        return value;
    }

    public boolean liesWithin(String regionPrefix) {
        return value.startsWith(regionPrefix);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
