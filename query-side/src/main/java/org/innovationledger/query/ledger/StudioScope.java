package org.innovationledger.query.ledger;

import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.query.web.QueryParameters;
import org.innovationledger.query.web.TextFilter;

/**
 * Which studios a list or a roll-up covers (范围): one studio, an enterprise, an alliance, a region by code prefix
 * (county → city → province), a naming level — any combination; every absent criterion is null. Studios are
 * taken as they are now: a studio that moved region or joined an alliance brings its whole record with it.
 */
record StudioScope(String studioId, String enterprise, String allianceId, String regionPrefix, NamingLevel level) {

    /** @throws org.innovationledger.query.web.InvalidQueryException naming the first parameter that is wrong */
    static StudioScope parse(String studio, String enterprise, String alliance, String region, String level) {
        return new StudioScope(TextFilter.parse("studio", studio), TextFilter.parse("enterprise", enterprise),
                               TextFilter.parse("alliance", alliance), QueryParameters.regionPrefix("region", region),
                               QueryParameters.choice("level", level, NamingLevel.class));
    }

    boolean includes(IndexedStudio studio) {
        return (studioId == null || studioId.equals(studio.id))
                && (enterprise == null || enterprise.equals(studio.hostEnterprise))
                && (allianceId == null || studio.allianceIds.contains(allianceId))
                && (regionPrefix == null || studio.regionCode != null && studio.regionCode.startsWith(regionPrefix))
                && (level == null || level == studio.level);
    }

    /** The studios in scope, marked by {@link IndexedStudio#ordinal}. */
    boolean[] studiosIn(LedgerIndex.View ledger) {
        boolean[] included = new boolean[ledger.studios().size()];
        for (IndexedStudio studio : ledger.studios()) {
            included[studio.ordinal] = includes(studio);
        }
        return included;
    }
}
