package org.innovationledger.api.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one version of a rating policy says: the items and the scores needed for 1 to 5 stars
 * ({@code starThresholds}, five ascending minimum scores; a score below the first earns no star), in force for the
 * years from {@code effectiveYear} until a later version takes effect.
 */
public record RatingRules(
        int effectiveYear,
        List<RatingItem> items,
        List<BigDecimal> starThresholds
) {
}
