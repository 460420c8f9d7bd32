package org.innovationledger.query.ledger;

import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.QueryParameters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked savings query (效益查询) and its answers from the in-memory ledger: the roll-up of the studios in scope,
 * in a year or over every year, with its groups; or the studios that saved most. One pass over the achievements in
 * exact whole fen.
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
        boolean[] studios = scope.studiosIn(ledger);
        SavingsSums total = new SavingsSums();
        SavingsSums[] perStudio = new SavingsSums[studios.length];
        Map<Comparable<?>, SavingsSums> perClaimGroup = new HashMap<>();
        boolean claimGroups = grouping != null && !grouping.followsStudio();
        long achievements = 0;
        for (IndexedAchievement achievement : ledger.achievements()) {
            if (!studios[achievement.studio.ordinal] || achievement.claims.isEmpty()) {
                continue;
            }
            boolean counted = false;
            for (IndexedClaim claim : achievement.claims) {
                if (year != null && claim.period.year() != year) {
                    continue;
                }
                counted = true;
                total.add(claim);
                sumsOf(perStudio, achievement.studio.ordinal).add(claim);
                if (claimGroups) {
                    perClaimGroup.computeIfAbsent(grouping.keyOf(achievement, claim), key -> new SavingsSums())
                                 .add(claim);
                }
            }
            if (counted) {
                achievements++;
            }
        }
        Map<String, SavingsSums> groups = new HashMap<>();
        if (claimGroups) {
            perClaimGroup.forEach((key, sums) -> groups.put(key.toString(), sums));
        } else if (grouping != null) {
            for (IndexedStudio studio : ledger.studios()) {
                SavingsSums sums = perStudio[studio.ordinal];
                if (sums != null) {
                    for (String key : grouping.keysOf(studio, scope.regionPrefix())) {
                        groups.computeIfAbsent(key, k -> new SavingsSums()).add(sums);
                    }
                }
            }
        }
        List<SavingsGroup> listed = grouping == null ? List.of() : groups.entrySet().stream()
                .sorted(groupOrder())
                .limit(limit)
                .map(group -> new SavingsGroup(group.getKey(), nameOf(group.getKey(), ledger),
                                               Fen.toYuan(group.getValue().claimedFen),
                                               Fen.toYuan(group.getValue().verifiedFen),
                                               Fen.toYuan(group.getValue().pendingFen), group.getValue().claims))
                .toList();
        return new SavingsTotals(year, Fen.toYuan(total.claimedFen), Fen.toYuan(total.verifiedFen),
                                 Fen.toYuan(total.pendingFen), total.claims, achievements,
                                 grouping == null ? null : grouping.parameterValue(), groups.size(), listed);
    }

    /** The studios in scope with claims, most verified savings first (then most claimed, then by id). */
    List<RankedStudio> topStudios(LedgerIndex.View ledger) {
        boolean[] studios = scope.studiosIn(ledger);
        SavingsSums[] perStudio = new SavingsSums[studios.length];
        for (IndexedAchievement achievement : ledger.achievements()) {
            if (!studios[achievement.studio.ordinal]) {
                continue;
            }
            for (IndexedClaim claim : achievement.claims) {
                if (year == null || claim.period.year() == year) {
                    sumsOf(perStudio, achievement.studio.ordinal).add(claim);
                }
            }
        }
        List<IndexedStudio> ranked = new ArrayList<>();
        for (IndexedStudio studio : ledger.studios()) {
            if (perStudio[studio.ordinal] != null) {
                ranked.add(studio);
            }
        }
        ranked.sort(Comparator.<IndexedStudio>comparingLong(studio -> perStudio[studio.ordinal].verifiedFen)
                              .reversed()
                              .thenComparing(Comparator.<IndexedStudio>comparingLong(
                                      studio -> perStudio[studio.ordinal].claimedFen).reversed())
                              .thenComparing(studio -> studio.id));
        List<RankedStudio> top = new ArrayList<>();
        for (IndexedStudio studio : ranked.subList(0, Math.min(limit, ranked.size()))) {
            SavingsSums sums = perStudio[studio.ordinal];
            top.add(new RankedStudio(top.size() + 1, StudioRef.of(studio), Fen.toYuan(sums.verifiedFen),
                                     Fen.toYuan(sums.claimedFen), Fen.toYuan(sums.pendingFen)));
        }
        return top;
    }

    private static SavingsSums sumsOf(SavingsSums[] perStudio, int ordinal) {
        SavingsSums sums = perStudio[ordinal];
        if (sums == null) {
            sums = new SavingsSums();
            perStudio[ordinal] = sums;
        }
        return sums;
    }

    private Comparator<Map.Entry<String, SavingsSums>> groupOrder() {
        Comparator<Map.Entry<String, SavingsSums>> byKey = Map.Entry.comparingByKey();
        if (grouping.isRanked()) {
            return Comparator.<Map.Entry<String, SavingsSums>>comparingLong(group -> group.getValue().verifiedFen)
                             .reversed()
                             .thenComparing(Comparator.<Map.Entry<String, SavingsSums>>comparingLong(
                                     group -> group.getValue().claimedFen).reversed())
                             .thenComparing(byKey);
        }
        return switch (grouping) {
            case LEVEL -> Comparator.comparing(group -> NamingLevel.valueOf(group.getKey()));
            case CATEGORY -> Comparator.comparing(group -> AchievementCategory.valueOf(group.getKey()));
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
