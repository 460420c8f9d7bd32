package org.innovationledger.query.rating;

import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.rating.RatingBasis;
import org.innovationledger.api.rating.RatingItem;
import org.innovationledger.api.rating.RatingRules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.innovationledger.api.rating.RatingBasis.AWARD;
import static org.innovationledger.api.rating.RatingBasis.CHALLENGES_SOLVED;
import static org.innovationledger.api.rating.RatingBasis.FUNDING_USED_BELOW;
import static org.innovationledger.api.rating.RatingBasis.MEMBERS;
import static org.innovationledger.api.rating.RatingBasis.PATENT_FILED;
import static org.innovationledger.api.rating.RatingBasis.PATENT_GRANTED;
import static org.innovationledger.api.rating.RatingBasis.VERIFIED_SAVINGS_BAND;

/**
 * A studio's year scored by hand against a small scoring sheet, line by line:
 *
 * <pre>
 * item               counted                                   each  uncapped  cap  points
 * award-national     3 national awards (a1, a2, a3)            20    60        40   40  (cap)
 * award-first        2 first prizes (a1 national, a4 municipal) 3     6         9    6
 * award-municipal    1 municipal award (a4)                    8     8         24   8
 * invention-granted  1 invention granted (p1; p2 is a utility) 10    10        30   10
 * filed              7 filings (p3…p9)                         1     7         5    5   (cap)
 * savings-500k       ¥250,000.00 verified: not in band         15    0         —    0
 * savings-100k       ¥250,000.00 verified (c1, c2): in band    8     8         —    8
 * members            13 members                                0.5   6.5       10   6.5
 * challenges         2 solved                                  4     8         16   8
 * funding-unused     30% of ¥100,000 spent, below 50%: once    -5    -5        —    -5
 *                                                                          score    86.5 → 4 stars (70 ≤ 86.5 < 100)
 * </pre>
 *
 * The fifth star needs 100: 13.5 missing. Alone, two more granted inventions (room 20) or two more municipal awards
 * (room 16) would close it; the ¥500k band would only add 7 (15 replaces the 8 counted now).
 */
class RatingCalculatorTest {

    private static final List<BigDecimal> THRESHOLDS = List.of(points("10"), points("25"), points("45"),
                                                               points("70"), points("100"));

    private static final RatingRules SHEET = new RatingRules(2025, List.of(
            item("award-national", AWARD, AwardLevel.NATIONAL, null, null, null, null, null, "20", "40"),
            item("award-first", AWARD, null, AwardGrade.FIRST, null, null, null, null, "3", "9"),
            item("award-municipal", AWARD, AwardLevel.MUNICIPAL, null, null, null, null, null, "8", "24"),
            item("invention-granted", PATENT_GRANTED, null, null, PatentType.INVENTION, null, null, null, "10", "30"),
            item("filed", PATENT_FILED, null, null, null, null, null, null, "1", "5"),
            item("savings-500k", VERIFIED_SAVINGS_BAND, null, null, null, "500000", null, null, "15", null),
            item("savings-100k", VERIFIED_SAVINGS_BAND, null, null, null, "100000", "500000", null, "8", null),
            item("members", MEMBERS, null, null, null, null, null, null, "0.5", "10"),
            item("challenges", CHALLENGES_SOLVED, null, null, null, null, null, null, "4", "16"),
            item("funding-unused", FUNDING_USED_BELOW, null, null, null, null, null, 50, "-5", null)),
            THRESHOLDS);

    @Test
    void scoresEveryLineAsComputedByHand() {
        Rating rating = RatingCalculator.rate(SHEET, year());

        assertThat(rating.lines()).extracting(RatingLine::code, RatingLine::count, RatingLine::uncappedPoints,
                                              RatingLine::points, RatingLine::capApplied)
                .containsExactly(
                        tuple("award-national", 3, points("60"), points("40"), true),
                        tuple("award-first", 2, points("6"), points("6"), false),
                        tuple("award-municipal", 1, points("8"), points("8"), false),
                        tuple("invention-granted", 1, points("10"), points("10"), false),
                        tuple("filed", 7, points("7"), points("5"), true),
                        tuple("savings-500k", 0, points("0"), points("0"), false),
                        tuple("savings-100k", 1, points("8"), points("8"), false),
                        tuple("members", 13, points("6.5"), points("6.5"), false),
                        tuple("challenges", 2, points("8"), points("8"), false),
                        tuple("funding-unused", 1, points("-5"), points("-5"), false));
        assertThat(rating.score()).isEqualByComparingTo("86.5");
        assertThat(rating.stars()).isEqualTo(4);
    }

    @Test
    void eachLineNamesTheRecordsItCounted() {
        Rating rating = RatingCalculator.rate(SHEET, year());

        assertThat(line(rating, "award-national").recordIds()).containsExactly("a1/w", "a2/w", "a3/w");
        assertThat(line(rating, "award-first").recordIds()).containsExactly("a1/w", "a4/w");
        assertThat(line(rating, "invention-granted").recordIds()).containsExactly("p1");
        assertThat(line(rating, "savings-100k").recordIds()).containsExactly("a1/c1", "a2/c2");
        assertThat(line(rating, "savings-500k").recordIds()).isEmpty();
        assertThat(line(rating, "funding-unused").recordIds()).containsExactly("g1");
    }

    @Test
    void theGapNamesTheItemsThatCouldEarnTheMissingPoints() {
        RatingGap gap = RatingCalculator.rate(SHEET, year()).gap();

        assertThat(gap.nextStars()).isEqualTo(5);
        assertThat(gap.missingPoints()).isEqualByComparingTo("13.5");
        assertThat(gap.opportunities()).extracting(RatingGap.Opportunity::code, RatingGap.Opportunity::room,
                                                   RatingGap.Opportunity::occurrencesToClose)
                .containsExactly(
                        tuple("invention-granted", points("20"), 2),
                        tuple("award-municipal", points("16"), 2),
                        tuple("challenges", points("8"), null),
                        tuple("savings-500k", points("7"), null),
                        tuple("funding-unused", points("5"), null),
                        tuple("members", points("3.5"), null),
                        tuple("award-first", points("3"), null));
    }

    @Test
    void aScoreExactlyOnAThresholdEarnsItsStarAndFiveStarsHaveNoGap() {
        assertThat(RatingCalculator.starsFor(points("70"), THRESHOLDS)).isEqualTo(4);
        assertThat(RatingCalculator.starsFor(points("69.9"), THRESHOLDS)).isEqualTo(3);
        assertThat(RatingCalculator.starsFor(points("9.5"), THRESHOLDS)).isZero();
        assertThat(RatingCalculator.starsFor(points("-5"), THRESHOLDS)).isZero();
        RatingRules easy = new RatingRules(2025, SHEET.items(), List.of(points("1"), points("2"), points("3"),
                                                                        points("4"), points("5")));
        assertThat(RatingCalculator.rate(easy, year()).gap()).isNull();
    }

    @Test
    void savingsBandsAreHalfOpenAndFundingFullyUsedIsNotDeducted() {
        StudioYear exactly500k = new StudioYear(List.of(), 50_000_000L, List.of("c"), 100_00L, 50_00L, List.of("g"));
        Rating rating = RatingCalculator.rate(SHEET, exactly500k);

        assertThat(line(rating, "savings-500k").count()).isEqualTo(1);
        assertThat(line(rating, "savings-100k").count()).isZero();
        assertThat(line(rating, "funding-unused").count()).isZero(); // 50% spent is not below 50%
        assertThat(rating.score()).isEqualByComparingTo("15");
    }

    private static StudioYear year() {
        List<RatingFact> facts = new ArrayList<>();
        facts.add(RatingFact.award("a1/w", AwardLevel.NATIONAL, AwardGrade.FIRST));
        facts.add(RatingFact.award("a2/w", AwardLevel.NATIONAL, AwardGrade.SECOND));
        facts.add(RatingFact.award("a3/w", AwardLevel.NATIONAL, AwardGrade.THIRD));
        facts.add(RatingFact.award("a4/w", AwardLevel.MUNICIPAL, AwardGrade.FIRST));
        facts.add(RatingFact.patent(PATENT_GRANTED, "p1", PatentType.INVENTION));
        facts.add(RatingFact.patent(PATENT_GRANTED, "p2", PatentType.UTILITY_MODEL));
        for (int i = 3; i <= 9; i++) {
            facts.add(RatingFact.patent(PATENT_FILED, "p" + i, i % 2 == 0 ? PatentType.DESIGN : PatentType.INVENTION));
        }
        for (int i = 1; i <= 13; i++) {
            facts.add(RatingFact.of(MEMBERS, "m" + i));
        }
        facts.add(RatingFact.of(CHALLENGES_SOLVED, "ch1"));
        facts.add(RatingFact.of(CHALLENGES_SOLVED, "ch2"));
        facts.add(RatingFact.accepted("a9", AchievementCategory.SMALL_DESIGN)); // no item counts acceptances here
        return new StudioYear(facts, 25_000_000L, List.of("a1/c1", "a2/c2"), 10_000_000L, 3_000_000L, List.of("g1"));
    }

    private static RatingLine line(Rating rating, String code) {
        return rating.lines().stream().filter(line -> line.code().equals(code)).findFirst().orElseThrow();
    }

    private static RatingItem item(String code, RatingBasis basis, AwardLevel level, AwardGrade grade,
                                   PatentType type, String minYuan, String maxYuan, Integer belowPercent,
                                   String points, String cap) {
        return new RatingItem(code, code, basis, level, grade, type, null, minYuan == null ? null : Yuan.of(minYuan),
                              maxYuan == null ? null : Yuan.of(maxYuan), belowPercent, points(points),
                              cap == null ? null : points(cap));
    }

    private static BigDecimal points(String value) {
        return new BigDecimal(value);
    }
}
