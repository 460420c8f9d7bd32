package org.innovationledger.api.patent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese patent application number (专利申请号) in the form used since October 2003: four digits for the year,
 * a type digit (1 invention 发明, 2 utility model 实用新型, 3 design 外观设计, 8 invention and 9 utility model
 * entering China under the PCT), a seven-digit serial, a dot and a check character (校验位). The check character is
 * Σ(digitᵢ × wᵢ) mod 11 over the twelve digits with weights 2,3,4,5,6,7,8,9,2,3,4,5; 10 is written {@code X}.
 * Example: {@code 201710601862.3}. Stored and sent as that string.
 */
public record ApplicationNumber(String value) {

    /** The first year of twelve-digit numbers. */
    public static final int FIRST_YEAR = 2003;
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(\\d)(\\d{7})\\.([0-9X])");
    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    @JsonCreator
    public ApplicationNumber {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("application number " + problem.get());
        }
    }

    public static boolean isValid(String value) {
        return problemWith(value).isEmpty();
    }

    /** What is wrong with a would-be application number, or empty if it is valid. */
    public static Optional<String> problemWith(String value) {
        Matcher parts = value == null ? null : FORMAT.matcher(value);
        if (parts == null || !parts.matches()) {
            return Optional.of("must be twelve digits, a dot and a check character (0-9 or X), e.g. 201710601862.3");
        }
        if (Integer.parseInt(parts.group(1)) < FIRST_YEAR) {
            return Optional.of("must start with a year from " + FIRST_YEAR + ", got " + parts.group(1));
        }
        if (typeOf(parts.group(2).charAt(0)) == null) {
            return Optional.of("has type digit " + parts.group(2) + "; it must be 1, 2, 3, 8 or 9");
        }
        char expected = checkCharacter(value.substring(0, 12));
        if (value.charAt(13) != expected) {
            return Optional.of("has check character " + value.charAt(13) + "; for these digits it must be "
                    + expected);
        }
        return Optional.empty();
    }

    /** The check character of twelve digits: the weighted sum mod 11, with 10 written X. */
    public static char checkCharacter(String twelveDigits) {
        if (twelveDigits.length() != WEIGHTS.length || !twelveDigits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("expected twelve digits, got " + twelveDigits);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (twelveDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** The patent type a type digit stands for, or null for a digit that is not a type. */
    private static PatentType typeOf(char typeDigit) {
        return switch (typeDigit) {
            case '1', '8' -> PatentType.INVENTION;
            case '2', '9' -> PatentType.UTILITY_MODEL;
            case '3' -> PatentType.DESIGN;
            default -> null;
        };
    }

    /** The year the number was given (the year of filing, or of entry into China for a PCT application). */
    public int year() {
        return Integer.parseInt(value.substring(0, 4));
    }

    public char typeDigit() {
        return value.charAt(4);
    }

    /** The type the type digit stands for: 1 and 8 invention, 2 and 9 utility model, 3 design. */
    public PatentType type() {
        return typeOf(typeDigit());
    }

    /** Whether the number may belong to a patent of this type. */
    public boolean allows(PatentType type) {
        return type() == type;
    }

    /** An international (PCT) application entering China: type digit 8 or 9. */
    public boolean isPct() {
        return typeDigit() == '8' || typeDigit() == '9';
    }

    /** The number of the patent once granted (专利号): {@code ZL} followed by the application number. */
    public String patentNumber() {
        return "ZL" + value;
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
