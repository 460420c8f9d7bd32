package org.innovationledger.query.ledger;

import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.Page;
import org.innovationledger.query.web.PageRequest;
import org.innovationledger.query.web.QueryParameters;
import org.innovationledger.query.web.TextFilter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A checked achievement list query (成果查询) and its answer from the in-memory ledger: one pass over the
 * achievements with the filters, then only as much ordering as the page needs.
 */
record AchievementListQuery(StudioScope scope, Set<AchievementCategory> categories, Set<AchievementStatus> statuses,
                            Integer year, int awardLevelMask, String text, Comparator<IndexedAchievement> order,
                            PageRequest page) {

    private static final Comparator<IndexedAchievement> BY_ID = Comparator.comparing(achievement -> achievement.id);
    private static final Map<String, Comparator<IndexedAchievement>> ORDERS = Map.of(
            "achievedOn", Comparator.comparing(achievement -> achievement.achievedOn,
                                               Comparator.nullsFirst(Comparator.naturalOrder())),
            "title", Comparator.comparing(achievement -> achievement.title,
                                          Comparator.nullsFirst(Comparator.naturalOrder())),
            "claimedSavings", Comparator.comparingLong(IndexedAchievement::claimedFen),
            "verifiedSavings", Comparator.comparingLong(IndexedAchievement::verifiedFen));

    /** @throws InvalidQueryException naming the first parameter that is wrong */
    static AchievementListQuery parse(AchievementListParameters raw) {
        StudioScope scope = StudioScope.parse(raw.studio(), raw.enterprise(), raw.alliance(), raw.region(),
                                              raw.level());
        int awardLevels = 0;
        for (AwardLevel level : QueryParameters.choices("awardLevel", raw.awardLevel(), AwardLevel.class)) {
            awardLevels |= 1 << level.ordinal();
        }
        String text = TextFilter.parse("q", raw.q());
        return new AchievementListQuery(scope,
                                        QueryParameters.choices("category", raw.category(), AchievementCategory.class),
                                        QueryParameters.choices("status", raw.status(), AchievementStatus.class),
                                        QueryParameters.year("year", raw.year()), awardLevels,
                                        text == null ? null : text.toLowerCase(Locale.ROOT), order(raw.sort()),
                                        PageRequest.parse(raw.page(), raw.size()));
    }

    Page<AchievementListItem> answer(LedgerIndex.View ledger) {
        boolean[] studios = scope.studiosIn(ledger);
        List<IndexedAchievement> matching = new ArrayList<>();
        for (IndexedAchievement achievement : ledger.achievements()) {
            if (studios[achievement.studio.ordinal] && matches(achievement)) {
                matching.add(achievement);
            }
        }
        List<AchievementListItem> items = firstOf(matching, page.skip() + page.size()).stream().skip(page.skip())
                                                                                      .map(AchievementListItem::of)
                                                                                      .toList();
        return Page.of(items, page, matching.size());
    }

    private boolean matches(IndexedAchievement achievement) {
        return (categories.isEmpty() || categories.contains(achievement.category))
                && (statuses.isEmpty() || statuses.contains(achievement.status))
                && (year == null || achievement.achievedOn != null && achievement.achievedOn.getYear() == year)
                && (awardLevelMask == 0 || achievement.hasAwardAt(awardLevelMask))
                && (text == null || achievement.searchText.contains(text));
    }

    /**
     * The first {@code count} in order: when that is a small part of the list, a heap of the best so far, which
     * most achievements pass by after one comparison with its worst; else a sort.
     */
    private List<IndexedAchievement> firstOf(List<IndexedAchievement> matching, int count) {
        if (count >= matching.size() / 4) {
            matching.sort(order);
            return matching.subList(0, Math.min(count, matching.size()));
        }
        PriorityQueue<IndexedAchievement> kept = new PriorityQueue<>(count + 1, order.reversed());
        for (IndexedAchievement achievement : matching) {
            if (kept.size() < count) {
                kept.add(achievement);
            } else if (order.compare(achievement, kept.peek()) < 0) {
                kept.poll();
                kept.add(achievement);
            }
        }
        List<IndexedAchievement> first = new ArrayList<>(kept);
        first.sort(order);
        return first;
    }

    private static Comparator<IndexedAchievement> order(String raw) {
        if (raw == null || raw.isBlank()) {
            return ORDERS.get("achievedOn").reversed().thenComparing(BY_ID);
        }
        String[] parts = raw.split(",", -1);
        Comparator<IndexedAchievement> order = ORDERS.get(parts[0].trim());
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (order == null || parts.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
            throw new InvalidQueryException("sort", "sort must be one of achievedOn, title, claimedSavings, "
                    + "verifiedSavings, optionally followed by ,asc or ,desc; got '" + raw + "'");
        }
        return (direction.equals("desc") ? order.reversed() : order).thenComparing(BY_ID);
    }
}
