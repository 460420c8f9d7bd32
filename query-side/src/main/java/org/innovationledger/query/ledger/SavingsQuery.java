package org.innovationledger.query.ledger;

import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.QueryParameters;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked savings query (效益查询) and its answers from the in-memory ledger: the roll-up of the studios in scope,
 * in a year or over every year, with its groups; or the studios that saved most. One pass over the claim columns in
 * exact whole fen, summed per studio first and per group of studios after.
 *
 * @param year  only claims whose period lies in this year (a year claim or one of its quarters); null for all
 * @param limit how many groups (or ranked studios) to list
 */
record SavingsQuery(StudioScope scope, Integer year, SavingsGrouping grouping, int limit) {

    static final int DEFAULT_GROUPS = 100;
    static final int MAX_GROUPS = 1000;
    static final int DEFAULT_TOP = 10;
    static final int MAX_TOP = 100;

    /** @throws InvalidQueryException naming the first parameter that is wrong */
    static SavingsQuery parse(SavingsParameters raw, String groupBy, String limit) {
        return new SavingsQuery(raw.scope(), QueryParameters.year("year", raw.year()), SavingsGrouping.parse(groupBy),
                                limit("limit", limit, DEFAULT_GROUPS, MAX_GROUPS));
    }

    static SavingsQuery parseTop(SavingsParameters raw, String limit) {
        return new SavingsQuery(raw.scope(), QueryParameters.year("year", raw.year()), SavingsGrouping.STUDIO,
                                limit("limit", limit, DEFAULT_TOP, MAX_TOP));
    }

    SavingsTotals totals(LedgerIndex.View ledger) {
        ClaimColumns claims = ledger.claims();
        boolean[] studios = scope.studiosIn(ledger);
        SavingsSums total = new SavingsSums(1);
        boolean claimGroups = grouping != null && !grouping.followsStudio();
        SavingsSums perStudio = grouping != null && grouping.followsStudio() ? new SavingsSums(studios.length) : null;
        SavingsSums perClaimGroup = claimGroups ? new SavingsSums(claimGroupCount(claims)) : null;
        BitSet achievements = new BitSet(ledger.achievements().count);
        for (int claim = 0; claim < claims.count; claim++) {
            int studio = claims.studio[claim];
            if (!studios[studio] || year != null && claims.year[claim] != year) {
                continue;
            }
            long claimed = claims.countedClaimedFen(claim);
            long verified = claims.countedVerifiedFen(claim);
            long pending = claims.pendingFen(claim);
            total.add(0, claimed, verified, pending);
            if (perStudio != null) {
                perStudio.add(studio, claimed, verified, pending);
            } else if (claimGroups) {
                perClaimGroup.add(claimGroupOf(ledger, claim), claimed, verified, pending);
            }
            achievements.set(claims.achievement[claim]);
        }
        Map<String, Integer> keys = new HashMap<>();
        SavingsSums groups;
        if (claimGroups) {
            groups = perClaimGroup;
            for (int group = 0; group < perClaimGroup.claims.length; group++) {
                if (perClaimGroup.claims[group] > 0) {
                    keys.put(claimGroupKey(claims, group), group);
                }
            }
        } else if (perStudio != null) {
            groups = new SavingsSums(studios.length);
            for (IndexedStudio studio : ledger.studios()) {
                if (perStudio.claims[studio.ordinal] > 0) {
                    for (String key : grouping.keysOf(studio, scope.regionPrefix())) {
                        groups.add(keys.computeIfAbsent(key, k -> keys.size()), perStudio, studio.ordinal);
                    }
                }
            }
        } else {
            groups = null;
        }
        List<SavingsGroup> listed = groups == null ? List.of() : keys.entrySet().stream()
                .map(key -> groups.group(key.getValue(), key.getKey(), nameOf(key.getKey(), ledger)))
                .sorted(groupOrder())
                .limit(limit)
                .toList();
        return new SavingsTotals(year, Fen.toYuan(total.claimedFen[0]), Fen.toYuan(total.verifiedFen[0]),
                                 Fen.toYuan(total.pendingFen[0]), total.claims[0], achievements.cardinality(),
                                 grouping == null ? null : grouping.parameterValue(), keys.size(), listed);
    }

    /** The studios in scope with claims, most verified savings first (then most claimed, then as first seen). */
    List<RankedStudio> topStudios(LedgerIndex.View ledger) {
        ClaimColumns claims = ledger.claims();
        boolean[] studios = scope.studiosIn(ledger);
        SavingsSums perStudio = new SavingsSums(studios.length);
        for (int claim = 0; claim < claims.count; claim++) {
            int studio = claims.studio[claim];
            if (studios[studio] && (year == null || claims.year[claim] == year)) {
                perStudio.add(studio, claims.countedClaimedFen(claim), claims.countedVerifiedFen(claim),
                              claims.pendingFen(claim));
            }
        }
        int[] ranked = new int[studios.length];
        int count = 0;
        for (int studio = 0; studio < studios.length; studio++) {
            if (perStudio.claims[studio] > 0) {
                ranked[count++] = studio;
            }
        }
        SlotOrder order = (a, b) -> {
            int compared = Long.compare(perStudio.verifiedFen[b], perStudio.verifiedFen[a]);
            if (compared == 0) {
                compared = Long.compare(perStudio.claimedFen[b], perStudio.claimedFen[a]);
            }
            return compared != 0 ? compared : Integer.compare(a, b);
        };
        List<RankedStudio> top = new ArrayList<>();
        for (int studio : order.first(ranked, count, limit)) {
            top.add(new RankedStudio(top.size() + 1, StudioRef.of(ledger.studios().get(studio)),
                                     Fen.toYuan(perStudio.verifiedFen[studio]),
                                     Fen.toYuan(perStudio.claimedFen[studio]),
                                     Fen.toYuan(perStudio.pendingFen[studio])));
        }
        return top;
    }

    /** Periods are numbered densely from the first year claimed for: five per year (the year, then Q1 to Q4). */
    private int claimGroupCount(ClaimColumns claims) {
        int years = claims.count == 0 ? 1 : claims.lastYear - claims.firstYear + 1;
        return switch (grouping) {
            case PERIOD -> years * 5;
            case YEAR -> years;
            default -> AchievementCategory.values().length;
        };
    }

    private int claimGroupOf(LedgerIndex.View ledger, int claim) {
        ClaimColumns claims = ledger.claims();
        return switch (grouping) {
            case PERIOD -> (claims.year[claim] - claims.firstYear) * 5 + claims.quarter[claim];
            case YEAR -> claims.year[claim] - claims.firstYear;
            default -> ledger.achievements().category[claims.achievement[claim]];
        };
    }

    private String claimGroupKey(ClaimColumns claims, int group) {
        return switch (grouping) {
            case PERIOD -> {
                int year = claims.firstYear + group / 5;
                int quarter = group % 5;
                yield quarter == ClaimColumns.WHOLE_YEAR ? Integer.toString(year) : year + "-Q" + quarter;
            }
            case YEAR -> Integer.toString(claims.firstYear + group);
            default -> AchievementCategory.values()[group].name();
        };
    }

    private Comparator<SavingsGroup> groupOrder() {
        Comparator<SavingsGroup> byKey = Comparator.comparing(SavingsGroup::key);
        if (grouping.isRanked()) {
            return Comparator.comparing((SavingsGroup group) -> group.verified()).reversed()
                             .thenComparing(Comparator.comparing((SavingsGroup group) -> group.claimed()).reversed())
                             .thenComparing(byKey);
        }
        return switch (grouping) {
            case LEVEL -> Comparator.comparing(group -> NamingLevel.valueOf(group.key()));
            case CATEGORY -> Comparator.comparing(group -> AchievementCategory.valueOf(group.key()));
            default -> byKey;
        };
    }

    private String nameOf(String key, LedgerIndex.View ledger) {
        return switch (grouping) {
            case STUDIO -> ledger.studio(key) == null ? null : ledger.studio(key).name;
            case ALLIANCE -> ledger.allianceName(key);
            default -> null;
        };
    }

    private static int limit(String parameter, String raw, int fallback, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidQueryException(parameter, parameter + " must be a whole number from 1 to " + max
                + "; got '" + raw + "'");
    }
}
