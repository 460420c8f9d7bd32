package org.innovationledger.api.rating;

import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.studio.NamingLevel;

/**
 * The union that issues a rating policy (发布单位) and where it applies: studios whose region lies within
 * {@code region}'s prefix (a province, city or county by its level of code), or every studio when {@code region}
 * is null (a national policy).
 */
public record RatingIssuer(
        String union,
        NamingLevel level,
        RegionCode region
) {
}
