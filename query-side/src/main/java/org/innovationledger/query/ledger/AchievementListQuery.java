package org.innovationledger.query.ledger;

import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.Page;
import org.innovationledger.query.web.PageRequest;
import org.innovationledger.query.web.QueryParameters;
import org.innovationledger.query.web.TextFilter;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A checked achievement list query (成果查询) and its answer from the in-memory ledger: one pass over the
 * achievement columns with the filters as bit masks and ranges, then only as much ordering as the page needs. Ties
 * are broken by the order the achievements were recorded in, the same on every instance (they all read one stream).
 *
 * @param categories     one bit per category ordinal, 0 for any
 * @param statuses       one bit per status ordinal, 0 for any
 * @param awardLevels    one bit per award level ordinal, 0 for any
 * @param text           lower case, or null
 */
record AchievementListQuery(StudioScope scope, int categories, int statuses, Integer year, int awardLevels,
                            String text, String sortKey, boolean descending, PageRequest page) {

    private static final List<String> SORT_KEYS = List.of("achievedOn", "title", "claimedSavings",
                                                          "verifiedSavings");

    /** @throws InvalidQueryException naming the first parameter that is wrong */
    static AchievementListQuery parse(AchievementListParameters raw) {
        StudioScope scope = StudioScope.parse(raw.studio(), raw.enterprise(), raw.alliance(), raw.region(),
                                              raw.level());
        int categories = mask(QueryParameters.choices("category", raw.category(), AchievementCategory.class));
        int statuses = mask(QueryParameters.choices("status", raw.status(), AchievementStatus.class));
        Integer year = QueryParameters.year("year", raw.year());
        int awardLevels = mask(QueryParameters.choices("awardLevel", raw.awardLevel(), AwardLevel.class));
        String text = TextFilter.parse("q", raw.q());
        String[] sort = sort(raw.sort());
        return new AchievementListQuery(scope, categories, statuses, year, awardLevels,
                                        text == null ? null : text.toLowerCase(Locale.ROOT), sort[0],
                                        sort[1].equals("desc"), PageRequest.parse(raw.page(), raw.size()));
    }

    Page<AchievementListItem> answer(LedgerIndex.View ledger) {
        AchievementColumns achievements = ledger.achievements();
        boolean[] studios = scope.studiosIn(ledger);
        int from = year == null ? Integer.MIN_VALUE : (int) LocalDate.of(year, 1, 1).toEpochDay();
        int to = year == null ? Integer.MAX_VALUE : (int) LocalDate.of(year, 12, 31).toEpochDay();
        char[] needle = text == null ? null : text.toCharArray();
        boolean byTitle = sortKey.equals("title");
        TopSlots first = new TopSlots(page.skip() + page.size());
        int[] matching = byTitle ? new int[Math.max(16, achievements.count / 8)] : null;
        int matches = 0;
        for (int slot = 0; slot < achievements.count; slot++) {
            if (!studios[achievements.studio[slot]]
                    || categories != 0 && (categories & 1 << achievements.category[slot]) == 0
                    || statuses != 0 && (statuses & 1 << achievements.status[slot]) == 0
                    || achievements.achievedOn[slot] < from || achievements.achievedOn[slot] > to
                    || awardLevels != 0 && (awardLevels & achievements.awardLevels[slot]) == 0
                    || needle != null && !achievements.textContains(slot, needle)) {
                continue;
            }
            if (byTitle) {
                if (matches == matching.length) {
                    matching = Arrays.copyOf(matching, matching.length * 2);
                }
                matching[matches] = slot;
            } else {
                first.offer(key(achievements, slot), slot);
            }
            matches++;
        }
        int[] ordered = byTitle ? byTitle(achievements).first(matching, matches, page.skip() + page.size())
                : first.sorted();
        List<AchievementListItem> items = Arrays.stream(ordered).skip(page.skip())
                                                .mapToObj(slot -> AchievementListItem.of(ledger, slot)).toList();
        return Page.of(items, page, matches);
    }

    /** The numeric sort key of a slot, negated for a descending order. */
    private long key(AchievementColumns achievements, int slot) {
        long key = switch (sortKey) {
            case "claimedSavings" -> achievements.claimedFen[slot];
            case "verifiedSavings" -> achievements.verifiedFen[slot];
            default -> achievements.achievedOn[slot];
        };
        return descending ? -key : key;
    }

    private SlotOrder byTitle(AchievementColumns achievements) {
        return (a, b) -> {
            int compared = descending ? achievements.titles[b].compareTo(achievements.titles[a])
                    : achievements.titles[a].compareTo(achievements.titles[b]);
            return compared != 0 ? compared : Integer.compare(a, b);
        };
    }

    private static <E extends Enum<E>> int mask(Set<E> chosen) {
        int mask = 0;
        for (E choice : chosen) {
            mask |= 1 << choice.ordinal();
        }
        return mask;
    }

    /** The sort key and direction; newest first by default. */
    private static String[] sort(String raw) {
        if (raw == null || raw.isBlank()) {
            return new String[] {"achievedOn", "desc"};
        }
        String[] parts = raw.split(",", -1);
        String key = parts[0].trim();
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (!SORT_KEYS.contains(key) || parts.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
            throw new InvalidQueryException("sort", "sort must be one of " + String.join(", ", SORT_KEYS)
                    + ", optionally followed by ,asc or ,desc; got '" + raw + "'");
        }
        return new String[] {key, direction};
    }
}
