package org.innovationledger.api.achievement;

import java.math.BigDecimal;

/**
 * A person who contributed to an achievement (完成人) and their share of it in percent; the shares of an
 * achievement add up to exactly 100. {@code memberId} is their id in the enterprise (工号) when they have one.
 */
public record Contributor(String name, String memberId, BigDecimal share) {
}
