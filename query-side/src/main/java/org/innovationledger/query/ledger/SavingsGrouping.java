package org.innovationledger.query.ledger;

import org.innovationledger.query.web.QueryParameters;

import java.util.List;
import java.util.Locale;

/**
 * What a savings roll-up is broken down by ({@code groupBy}). Every claim counts once in the total and once in each
 * group it belongs to; only a studio in several alliances puts its claims in several alliance groups, and a studio in
 * none is in no alliance group.
 */
enum SavingsGrouping {
    /** The claim's period as claimed: a year ({@code 2025}) or a quarter ({@code 2025-Q3}); the quarterly trend. */
    PERIOD,
    /** The year of the claim's period, quarters included. */
    YEAR,
    /** The achievement's category (五小类别). */
    CATEGORY,
    STUDIO,
    ENTERPRISE,
    ALLIANCE,
    /** One level below the region asked for: provinces, cities in a province, counties in a city. */
    REGION,
    /** The studio's naming level (命名级别). */
    LEVEL;

    static SavingsGrouping parse(String raw) {
        return QueryParameters.choice("groupBy", raw, SavingsGrouping.class);
    }

    /** Groups that follow the studio: the sums are made per studio first, then per group of studios. */
    boolean followsStudio() {
        return compareTo(STUDIO) >= 0;
    }

    /** The groups of a studio, for a grouping that follows the studio (several only for alliances). */
    List<String> keysOf(IndexedStudio studio, String regionPrefix) {
        return switch (this) {
            case STUDIO -> List.of(studio.id);
            case ENTERPRISE -> studio.hostEnterprise == null ? List.of() : List.of(studio.hostEnterprise);
            case ALLIANCE -> List.copyOf(studio.allianceIds);
            case REGION -> studio.regionCode == null ? List.of() : List.of(studio.regionCode.substring(
                    0, Math.min(6, regionPrefix == null ? 2 : regionPrefix.length() + 2)));
            case LEVEL -> studio.level == null ? List.of() : List.of(studio.level.name());
            default -> throw new IllegalStateException(this + " does not follow the studio");
        };
    }

    /** Groups of who (studios, enterprises, alliances) are ranked by what they saved; the others follow their key. */
    boolean isRanked() {
        return this == STUDIO || this == ENTERPRISE || this == ALLIANCE;
    }

    String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
