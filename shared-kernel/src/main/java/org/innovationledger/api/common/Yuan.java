package org.innovationledger.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of money in yuan (元), to the fen (分). Never a floating-point number: stored and sent as a
 * decimal string such as {@code "50000.00"}.
 */
public record Yuan(BigDecimal amount) implements Comparable<Yuan> {

    public static final Yuan ZERO = new Yuan(BigDecimal.ZERO);

    public Yuan {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount has more than two decimals (fen): " + amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    @JsonCreator
    public static Yuan of(String amount) {
        try {
            return new Yuan(new BigDecimal(amount));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal amount: " + amount);
        }
    }

    public static Yuan of(long amount) {
        return new Yuan(BigDecimal.valueOf(amount));
    }

    public static boolean hasValidScale(BigDecimal amount) {
        return amount != null && amount.stripTrailingZeros().scale() <= 2;
    }

    public Yuan plus(Yuan other) {
        return new Yuan(amount.add(other.amount));
    }

    public Yuan minus(Yuan other) {
        return new Yuan(amount.subtract(other.amount));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean exceeds(Yuan other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Yuan other) {
        return amount.compareTo(other.amount);
    }

    @JsonValue
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
