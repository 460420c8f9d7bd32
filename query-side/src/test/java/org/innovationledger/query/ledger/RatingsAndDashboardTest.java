package org.innovationledger.query.ledger;

import org.innovationledger.api.achievement.AchievementAdopted;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.achievement.AwardRecorded;
import org.innovationledger.api.achievement.SavingsClaimVerified;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.AnnualFeePaid;
import org.innovationledger.api.patent.ApplicationNumber;
import org.innovationledger.api.patent.PatentFiled;
import org.innovationledger.api.patent.PatentGranted;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.rating.RatingBasis;
import org.innovationledger.api.rating.RatingIssuer;
import org.innovationledger.api.rating.RatingItem;
import org.innovationledger.api.rating.RatingPolicyIssued;
import org.innovationledger.api.rating.RatingPolicyRevised;
import org.innovationledger.api.rating.RatingRules;
import org.innovationledger.api.station.IncubationAdmitted;
import org.innovationledger.api.station.IncubationSubject;
import org.innovationledger.api.station.IncubationSubjectKind;
import org.innovationledger.api.station.StationRegistered;
import org.innovationledger.api.studio.ChallengeSolved;
import org.innovationledger.api.studio.FundingGranted;
import org.innovationledger.api.studio.MemberJoined;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StarRatingConfirmed;
import org.innovationledger.query.rating.Rating;
import org.innovationledger.query.rating.RatingLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Ratings and the dashboard computed from events fed to the in-memory ledger: the facts a rating counts come from
 * the right events and years, a new policy version leaves past years as they were, and every dashboard count equals
 * the number of records its drill-down lists.
 */
class RatingsAndDashboardTest {

    private final LedgerExamples ledger = new LedgerExamples();
    private final StudioRatings ratings = new StudioRatings();

    private static final RatingRules SHEET_2020 = new RatingRules(2020, List.of(
            item("award-national", RatingBasis.AWARD, AwardLevel.NATIONAL, null, null, "20", "40"),
            item("award-first", RatingBasis.AWARD, null, AwardGrade.FIRST, null, "3", "9"),
            item("invention-granted", RatingBasis.PATENT_GRANTED, null, null, PatentType.INVENTION, "10", "30"),
            item("accepted", RatingBasis.ACHIEVEMENT_ACCEPTED, null, null, null, "1", "10"),
            item("adopted", RatingBasis.ACHIEVEMENT_ADOPTED, null, null, null, "2", "8"),
            item("members", RatingBasis.MEMBERS, null, null, null, "0.5", "10"),
            item("apprentices", RatingBasis.APPRENTICES, null, null, null, "1", "6"),
            item("challenges", RatingBasis.CHALLENGES_SOLVED, null, null, null, "4", "16"),
            new RatingItem("savings-100k", "10万元以上", RatingBasis.VERIFIED_SAVINGS_BAND, null, null, null, null,
                           Yuan.of("100000"), null, null, new BigDecimal("8"), null),
            new RatingItem("funding-unused", "经费使用不足", RatingBasis.FUNDING_USED_BELOW, null, null, null, null,
                           null, null, 50, new BigDecimal("-5"), null)),
            List.of(new BigDecimal("10"), new BigDecimal("25"), new BigDecimal("45"), new BigDecimal("70"),
                    new BigDecimal("100")));

    @BeforeEach
    void aStudioWithAYearOfWork() {
        ledger.projection.on(new RatingPolicyIssued("default", "默认办法", new RatingIssuer("全国", NamingLevel.NATIONAL,
                                                                                       null), 1, SHEET_2020, "system"));
        ledger.studio("s1", "红旗工作室", NamingLevel.MUNICIPAL, "赣鄱矿业", "360829");
        ledger.studio("s2", "东风工作室", NamingLevel.COUNTY, "赣鄱矿业", "360829");
        ledger.studio("s3", "外省工作室", NamingLevel.NATIONAL, "湘江电力", "430102");
        // 2025: two accepted achievements, a national first prize, an adoption, a verified claim of ¥120,000
        ledger.implemented("a1", "s1", "防堵溜槽", AchievementCategory.SMALL_INNOVATION, LocalDate.of(2025, 3, 1));
        ledger.implemented("a2", "s1", "快换夹具", AchievementCategory.SMALL_DESIGN, LocalDate.of(2025, 4, 1));
        ledger.implemented("a3", "s1", "旧成果", AchievementCategory.SMALL_INVENTION, LocalDate.of(2024, 6, 1));
        ledger.projection.on(new AwardRecorded("a1", "w1", AwardLevel.NATIONAL, AwardGrade.FIRST, "全国总工会",
                                               LocalDate.of(2025, 9, 1)));
        ledger.projection.on(new AwardRecorded("a3", "w2", AwardLevel.NATIONAL, AwardGrade.SECOND, "全国总工会",
                                               LocalDate.of(2024, 9, 1)));
        ledger.projection.on(new AchievementAdopted("a2", "ad1", "赣鄱电力", "二号井", LocalDate.of(2025, 10, 1), null));
        ledger.claim("a1", "c1", "2025", "120000");
        ledger.projection.on(new SavingsClaimVerified("a1", "c1", SavingsPeriod.parse("2025"), Yuan.of("120000"),
                                                      "财务部", LocalDate.of(2026, 1, 10), null));
        ledger.claim("a2", "c2", "2025-Q3", "5000"); // claimed, never verified: no points
        // members: three at the end of 2025, one of them an apprentice
        member("m1", false, LocalDate.of(2024, 1, 1));
        member("m2", true, LocalDate.of(2025, 2, 1));
        member("m3", false, LocalDate.of(2025, 12, 31));
        member("m4", false, LocalDate.of(2026, 1, 1)); // joined after the year
        ledger.projection.on(new ChallengeSolved("s1", "ch1", "解决", LocalDate.of(2025, 5, 5)));
        ledger.projection.on(new FundingGranted("s1", "g1", Yuan.of("10000"), "县总工会", "启动经费",
                                                LocalDate.of(2025, 1, 5))); // nothing spent: deducted
        // a granted invention, fees paid for patent years 8 and 9; year 10 falls due on 2026-05-10
        ledger.projection.on(new PatentFiled("p1", "s1", new ApplicationNumber("201710601862.3"), PatentType.INVENTION,
                                             "一种溜槽", LocalDate.of(2017, 5, 10), null, List.of("赣鄱矿业"),
                                             List.of("王小明"), List.of("a1"), LocalDate.of(2037, 5, 9),
                                             LocalDate.of(2020, 5, 10)));
        ledger.projection.on(new PatentGranted("p1", "ZL201710601862.3", LocalDate.of(2025, 3, 1), 8));
        paid(8, LocalDate.of(2025, 3, 1));
        paid(9, LocalDate.of(2025, 5, 10));
        ledger.projection.on(new StationRegistered("st1", "县服务站", new RegionCode("360829"), "县总工会", List.of(),
                                                   LocalDate.of(2024, 1, 1)));
        ledger.projection.on(new IncubationAdmitted("st1", "i1", new IncubationSubject(IncubationSubjectKind.ACHIEVEMENT,
                                                                                      "a1"), LocalDate.of(2025, 6, 1),
                                                    null));
        ledger.projection.on(new IncubationAdmitted("st1", "i2", new IncubationSubject(IncubationSubjectKind.PATENT,
                                                                                      "p1"), LocalDate.of(2025, 7, 1),
                                                    null));
    }

    /**
     * 2025 by hand: national award 1 × 20 = 20; first prize 1 × 3 = 3; invention granted 1 × 10 = 10; accepted 2
     * × 1 = 2 (a3 was accepted in 2024); adopted 1 × 2 = 2; members 3 × 0.5 = 1.5; apprentices 1; challenges 1 × 4 =
     * 4; savings ¥120,000 verified ≥ ¥100,000: 8; funding 0% used: −5. Score 46.5: three stars.
     */
    @Test
    void aRatingCountsTheFactsOfItsYearFromTheEvents() {
        Rating rating = rate("s1", 2025).rating();

        assertThat(rating.lines()).extracting(RatingLine::code, RatingLine::count, RatingLine::points,
                                              RatingLine::recordIds)
                .containsExactly(tuple("award-national", 1, new BigDecimal("20"), List.of("a1/w1")),
                                 tuple("award-first", 1, new BigDecimal("3"), List.of("a1/w1")),
                                 tuple("invention-granted", 1, new BigDecimal("10"), List.of("p1")),
                                 tuple("accepted", 2, new BigDecimal("2"), List.of("a1", "a2")),
                                 tuple("adopted", 1, new BigDecimal("2"), List.of("a2/ad1")),
                                 tuple("members", 3, new BigDecimal("1.5"), List.of("m1", "m2", "m3")),
                                 tuple("apprentices", 1, new BigDecimal("1"), List.of("m2")),
                                 tuple("challenges", 1, new BigDecimal("4"), List.of("ch1")),
                                 tuple("savings-100k", 1, new BigDecimal("8"), List.of("a1/c1")),
                                 tuple("funding-unused", 1, new BigDecimal("-5"), List.of("g1")));
        assertThat(rating.score()).isEqualByComparingTo("46.5");
        assertThat(rating.stars()).isEqualTo(3);
    }

    @Test
    void aNewPolicyVersionLeavesPastYearsAsTheyWere() {
        StudioRatings.Stars before = stars("s1", 2025);
        RatingRules stricter = new RatingRules(2026, SHEET_2020.items(), List.of(
                new BigDecimal("20"), new BigDecimal("50"), new BigDecimal("80"), new BigDecimal("110"),
                new BigDecimal("150")));
        ledger.projection.on(new RatingPolicyRevised("default", 2, stricter, "提高标准", "省总工会"));

        assertThat(stars("s1", 2025)).isEqualTo(before);
        assertThat(stars("s1", 2025).policyVersion()).isEqualTo(1);
        assertThat(stars("s1", 2026).policyVersion()).isEqualTo(2);
        // a local policy takes precedence over the national one for the studios it covers
        ledger.projection.on(new RatingPolicyIssued("county", "县办法", new RatingIssuer("县总工会", NamingLevel.COUNTY,
                                                                                     new RegionCode("360829")), 1,
                                                    SHEET_2020, "县总工会"));
        assertThat(stars("s1", 2025).policyId()).isEqualTo("county");
        assertThat(stars("s3", 2025).policyId()).isEqualTo("default");
    }

    /** What a start does once the ledger has caught up, so that the first dashboard finds every studio's stars. */
    @Test
    void warmingCachesEveryStudiosStarsAndAChangeStillCounts() {
        ledger.index.read(view -> {
            ratings.warm(view, 2025, 2024);
            return null;
        });
        assertThat(ratings.cached()).isEqualTo(3 * 2);
        assertThat(stars("s1", 2025).stars()).isEqualTo(3);

        ledger.projection.on(new AwardRecorded("a2", "w3", AwardLevel.NATIONAL, AwardGrade.FIRST, "全国总工会",
                                               LocalDate.of(2025, 11, 1)));
        ledger.projection.on(new AchievementAdopted("a1", "ad2", "赣鄱电力", "三号井", LocalDate.of(2025, 12, 1), null));

        assertThat(stars("s1", 2025).stars()).isEqualTo(4); // 46.5 + 20 + 3 + 2 = 71.5: the cached 3 stars are stale

        ledger.studio("s4", "新工作室", NamingLevel.COUNTY, "赣鄱矿业", "360829"); // beyond the cached studios
        assertThat(stars("s4", 2025).stars()).isZero();
        assertThat(ratings.cached()).isEqualTo(4 + 3);
    }

    @Test
    void everyDashboardCountEqualsTheRecordsItDrillsDownTo() {
        ledger.projection.on(new StarRatingConfirmed("s1", 2025, 4, 3, "default", 1, "国家级一等奖", "市总工会"));
        DashboardQuery query = DashboardQuery.parse("36", null, null, "2025", null, null, "2026-04-01",
                                                    LocalDate.of(2026, 4, 1));
        Dashboard dashboard = ledger.index.read(view -> query.answer(view, ratings, 0));

        assertThat(dashboard.studios().total().count()).isEqualTo(2); // s3 lies in province 43
        assertThat(dashboard.studios().byStars().get("3").count()).isEqualTo(1);
        assertThat(dashboard.studios().byOfficialStars().get("4").count()).isEqualTo(1);
        assertThat(dashboard.achievements().total().count()).isEqualTo(2);
        assertThat(dashboard.savings().verified()).isEqualTo(Yuan.of("120000"));
        assertThat(dashboard.savings().claimed()).isEqualTo(Yuan.of("125000"));
        assertThat(dashboard.patents().grantedByType().get("INVENTION").count()).isEqualTo(1);
        assertThat(dashboard.incubation().achievementsByCategory().get("SMALL_INNOVATION").count()).isEqualTo(1);
        assertThat(dashboard.incubation().patentsByStatus().get("GRANTED").count()).isEqualTo(1);
        assertThat(dashboard.incubation().byStation()).singleElement().satisfies(station -> {
            assertThat(station.name()).isEqualTo("县服务站");
            assertThat(station.admitted().count()).isEqualTo(2);
        });
        DashboardQuery otherStation = DashboardQuery.parse("36", null, "st2", "2025", null, null, null,
                                                           LocalDate.of(2026, 4, 1));
        assertThat(ledger.index.read(view -> otherStation.answer(view, ratings, 0)).incubation().admitted().count())
                .isZero();
        assertThat(dashboard.feeDeadlines().soonest()).singleElement().satisfies(fee -> {
            assertThat(fee.patentYear()).isEqualTo(10);
            assertThat(fee.dueOn()).isEqualTo(LocalDate.of(2026, 5, 10));
            assertThat(fee.fee()).isEqualTo(Yuan.of("4000"));
        });
        assertThat(dashboard.topStudios().bySavings()).extracting(top -> top.studio().id()).containsExactly("s1");
        assertThat(dashboard.comparedWithPrevious().previous().achievements()).isEqualTo(1); // a3, made in 2024
        assertThat(dashboard.comparedWithPrevious().change().achievements()).isEqualTo(1);

        for (DashboardFigure figure : DashboardFigure.values()) {
            for (int key = 0; key < figure.keys.size(); key++) {
                long counted = countOf(dashboard, figure, figure.keys.get(key));
                int keyIndex = key;
                int listed = ledger.index.read(view -> query.records(view, ratings, figure, keyIndex)).size();
                assertThat(listed).as(figure.code + " " + figure.keys.get(key)).isEqualTo(counted);
            }
        }
    }

    private static long countOf(Dashboard dashboard, DashboardFigure figure, String key) {
        Map<String, Dashboard.Count> breakdown = switch (figure) {
            case STUDIOS -> Map.of("total", dashboard.studios().total());
            case STUDIOS_BY_LEVEL -> dashboard.studios().byLevel();
            case STUDIOS_BY_KIND -> dashboard.studios().byKind();
            case STUDIOS_BY_STARS -> dashboard.studios().byStars();
            case STUDIOS_BY_OFFICIAL_STARS -> dashboard.studios().byOfficialStars();
            case ACHIEVEMENTS -> Map.of("total", dashboard.achievements().total());
            case ACHIEVEMENTS_BY_CATEGORY -> dashboard.achievements().byCategory();
            case ACHIEVEMENTS_BY_STATUS -> dashboard.achievements().byStatus();
            case PATENTS_FILED -> Map.of("total", dashboard.patents().filed());
            case PATENTS_FILED_BY_TYPE -> dashboard.patents().filedByType();
            case PATENTS_GRANTED -> Map.of("total", dashboard.patents().granted());
            case PATENTS_GRANTED_BY_TYPE -> dashboard.patents().grantedByType();
            case INCUBATED -> Map.of("total", dashboard.incubation().admitted());
            case INCUBATED_ACHIEVEMENTS_BY_CATEGORY -> dashboard.incubation().achievementsByCategory();
            case INCUBATED_PATENTS_BY_TYPE -> dashboard.incubation().patentsByType();
            case INCUBATED_PATENTS_BY_STATUS -> dashboard.incubation().patentsByStatus();
            case GRADUATED_BY_OUTCOME -> dashboard.incubation().graduatedByOutcome();
        };
        return breakdown.get(key).count();
    }

    private StudioRatings.Computed rate(String studioId, int year) {
        return ledger.index.read(view -> ratings.rate(view, view.studio(studioId), year).orElseThrow());
    }

    private StudioRatings.Stars stars(String studioId, int year) {
        return ledger.index.read(view -> ratings.stars(view, view.studio(studioId), year));
    }

    private void member(String memberId, boolean apprentice, LocalDate joinedOn) {
        ledger.projection.on(new MemberJoined("s1", memberId, "成员" + memberId, "技术员", apprentice, joinedOn));
    }

    private void paid(int patentYear, LocalDate on) {
        ledger.projection.on(new AnnualFeePaid("p1", patentYear, on, on, Yuan.of("2000"), 0, Yuan.ZERO,
                                               Yuan.of("2000")));
    }

    private static RatingItem item(String code, RatingBasis basis, AwardLevel level, AwardGrade grade,
                                   PatentType type, String points, String cap) {
        return new RatingItem(code, code, basis, level, grade, type, null, null, null, null, new BigDecimal(points),
                              new BigDecimal(cap));
    }
}
