package org.innovationledger.query.ledger;

import org.innovationledger.api.achievement.SavingsClaimCorrected;
import org.innovationledger.api.achievement.SavingsClaimRejected;
import org.innovationledger.api.achievement.SavingsClaimVerified;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.achievement.VerifiedSavingsAdjusted;
import org.innovationledger.api.alliance.AllianceFounded;
import org.innovationledger.api.alliance.StudioJoinedAlliance;
import org.innovationledger.api.alliance.StudioLeftAlliance;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioProfileUpdated;
import org.innovationledger.api.studio.StudioPromoted;
import org.innovationledger.query.web.InvalidQueryException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.api.achievement.AchievementCategory.SMALL_INNOVATION;
import static org.innovationledger.api.achievement.AchievementCategory.SMALL_SUGGESTION;
import static org.innovationledger.query.ledger.LedgerExamples.DAY;

/**
 * The savings roll-ups on a hand-computed example. Three studios: A (county level, 360829, 赣鄱矿业), B (municipal,
 * 360802, 赣鄱矿业), C (county, 361002, 抚州电力); A and B in the alliance "矿业联盟".
 *
 * <pre>
 * a1 (A, 革新) 2025-Q1 claimed 10000.10 → corrected 9000.10 → verified 8000.10 → adjusted −500.05, +0.05  = 7500.10
 * a1 (A, 革新) 2025-Q2 claimed   200.20                                                    (pending)
 * a2 (A, 建议) 2024    claimed  3000.00 → verified 3000.00                                   = 3000.00
 * a3 (B, 革新) 2025    claimed 50000.00 → verified 45000.00                                  = 45000.00
 * a3 (B, 革新) 2024-Q4 claimed  1000.00 → rejected                                          (counts nowhere)
 * a4 (C, 建议) 2025-Q3 claimed     0.10 → verified 0.10                                      = 0.10
 * a4 (C, 建议) 2025-Q4 claimed     0.20                                                    (pending)
 * </pre>
 */
class SavingsQueryTest {

    private final LedgerExamples ledger = new LedgerExamples();

    @BeforeEach
    void history() {
        ledger.studio("A", "李建华劳模创新工作室", NamingLevel.COUNTY, "赣鄱矿业", "360829");
        ledger.studio("B", "周卫国技能大师工作室", NamingLevel.MUNICIPAL, "赣鄱矿业", "360802");
        ledger.studio("C", "抚州电力职工创新工作室", NamingLevel.COUNTY, "抚州电力", "361002");
        ledger.projection.on(new AllianceFounded("M", "矿业联盟", "A", DAY, null));
        ledger.projection.on(new StudioJoinedAlliance("M", "B", DAY));

        ledger.implemented("a1", "A", "皮带机自动纠偏", SMALL_INNOVATION, DAY);
        ledger.claim("a1", "c1", "2025-Q1", "10000.10");
        ledger.projection.on(new SavingsClaimCorrected("a1", "c1", Yuan.of("9000.10"), "测算", "凭证", DAY, "重算"));
        verify("a1", "c1", "2025-Q1", "8000.10");
        adjust("a1", "c1", "2025-Q1", "j1", "-500.05");
        adjust("a1", "c1", "2025-Q1", "j2", "0.05");
        ledger.claim("a1", "c2", "2025-Q2", "200.20");

        ledger.implemented("a2", "A", "合理化建议", SMALL_SUGGESTION, DAY.minusYears(1));
        ledger.claim("a2", "c3", "2024", "3000.00");
        verify("a2", "c3", "2024", "3000.00");

        ledger.implemented("a3", "B", "变频改造", SMALL_INNOVATION, DAY);
        ledger.claim("a3", "c4", "2025", "50000.00");
        verify("a3", "c4", "2025", "45000.00");
        ledger.claim("a3", "c5", "2024-Q4", "1000.00");
        ledger.projection.on(new SavingsClaimRejected("a3", "c5", "财务部", DAY, "无凭证"));

        ledger.implemented("a4", "C", "节电建议", SMALL_SUGGESTION, DAY);
        ledger.claim("a4", "c6", "2025-Q3", "0.10");
        verify("a4", "c6", "2025-Q3", "0.10");
        ledger.claim("a4", "c7", "2025-Q4", "0.20");
    }

    @Test
    void totalsCountEveryClaimOnceAndOnlyVerifiedAmountsAsVerified() {
        SavingsTotals all = totals(scope(null, null, null, null), null, null);

        // claimed: 9000.10 + 200.20 + 3000.00 + 50000.00 + 0.10 + 0.20 (the rejected 1000.00 counts nowhere)
        assertThat(all.claimed()).isEqualTo(Yuan.of("62200.60"));
        // verified: 7500.10 + 3000.00 + 45000.00 + 0.10
        assertThat(all.verified()).isEqualTo(Yuan.of("55500.20"));
        // pending: 200.20 + 0.20
        assertThat(all.pending()).isEqualTo(Yuan.of("200.40"));
        assertThat(all.claims()).isEqualTo(7);
        assertThat(all.achievements()).isEqualTo(4);
    }

    @Test
    void aYearTakesItsYearClaimAndItsQuarters() {
        SavingsTotals year2025 = totals(scope(null, null, null, null), 2025, "period");

        assertThat(year2025.verified()).isEqualTo(Yuan.of("52500.20"));
        assertThat(groups(year2025)).containsExactly(
                Map.entry("2025", "45000.00/50000.00"), Map.entry("2025-Q1", "7500.10/9000.10"),
                Map.entry("2025-Q2", "0.00/200.20"), Map.entry("2025-Q3", "0.10/0.10"),
                Map.entry("2025-Q4", "0.00/0.20"));
    }

    @Test
    void regionsRollUpByCodePrefixFromProvinceToCityToCounty() {
        assertThat(groups(totals(scope(null, null, null, null), null, "region")))
                .containsExactly(Map.entry("36", "55500.20/62200.60"));
        assertThat(groups(totals(scope(null, null, null, "36"), null, "region")))
                .containsExactly(Map.entry("3608", "55500.10/62200.30"), Map.entry("3610", "0.10/0.30"));
        assertThat(groups(totals(scope(null, null, null, "3608"), null, "region")))
                .containsExactly(Map.entry("360802", "45000.00/50000.00"),
                                 Map.entry("360829", "10500.10/12200.30"));
        assertThat(totals(scope(null, null, null, "360829"), null, null).verified()).isEqualTo(Yuan.of("10500.10"));
    }

    @Test
    void studiosEnterprisesAndAlliancesAreRankedByVerifiedSavings() {
        assertThat(groups(totals(scope(null, null, null, null), null, "studio"))).containsExactly(
                Map.entry("B", "45000.00/50000.00"), Map.entry("A", "10500.10/12200.30"),
                Map.entry("C", "0.10/0.30"));
        assertThat(groups(totals(scope(null, null, null, null), null, "enterprise"))).containsExactly(
                Map.entry("赣鄱矿业", "55500.10/62200.30"), Map.entry("抚州电力", "0.10/0.30"));
        SavingsTotals alliances = totals(scope(null, null, null, null), null, "alliance");
        assertThat(groups(alliances)).containsExactly(Map.entry("M", "55500.10/62200.30"));
        assertThat(alliances.groups().get(0).name()).isEqualTo("矿业联盟");
    }

    @Test
    void levelsAndCategoriesFollowTheirOwnOrder() {
        assertThat(groups(totals(scope(null, null, null, null), null, "level"))).containsExactly(
                Map.entry("COUNTY", "10500.20/12200.60"), Map.entry("MUNICIPAL", "45000.00/50000.00"));
        assertThat(groups(totals(scope(null, null, null, null), null, "category"))).containsExactly(
                Map.entry("SMALL_INNOVATION", "52500.10/59200.30"), Map.entry("SMALL_SUGGESTION", "3000.10/3000.30"));
    }

    @Test
    void aStudioBringsItsSavingsWhenItMovesOrIsPromotedOrLeavesAnAlliance() {
        ledger.projection.on(new StudioProfileUpdated("C", "抚州电力职工创新工作室", "赣鄱矿业", new RegionCode("360829"),
                                                      null));
        ledger.projection.on(new StudioPromoted("A", NamingLevel.COUNTY, NamingLevel.MUNICIPAL, "吉安市总工会", DAY));
        ledger.projection.on(new StudioLeftAlliance("M", "B", DAY, "调整"));

        assertThat(totals(scope(null, "赣鄱矿业", null, "360829"), null, null).verified())
                .isEqualTo(Yuan.of("10500.20"));
        assertThat(totals(scope(null, null, null, null), null, "level").groups()).hasSize(2)
                .first().satisfies(county -> assertThat(county.verified()).isEqualTo(Yuan.of("0.10")));
        assertThat(totals(scope(null, null, "M", null), null, null).verified()).isEqualTo(Yuan.of("10500.10"));
    }

    @Test
    void topStudiosRankByVerifiedThenClaimed() {
        List<RankedStudio> top = ledger.index.read(
                new SavingsQuery(scope(null, null, null, "36"), null, SavingsGrouping.STUDIO, 2)::topStudios);

        assertThat(top).extracting(ranked -> ranked.rank() + " " + ranked.studio().name() + " " + ranked.verified())
                       .containsExactly("1 周卫国技能大师工作室 45000.00", "2 李建华劳模创新工作室 10500.10");
    }

    @Test
    void aGroupLimitListsTheFirstGroupsAndCountsThemAll() {
        SavingsTotals totals = ledger.index.read(
                new SavingsQuery(scope(null, null, null, null), null, SavingsGrouping.STUDIO, 1)::totals);

        assertThat(totals.totalGroups()).isEqualTo(3);
        assertThat(totals.groups()).extracting(SavingsGroup::key).containsExactly("B");
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> SavingsQuery.parse(new SavingsParameters(null, null, null, "99", null, null), null,
                                                    null))
                .isInstanceOf(InvalidQueryException.class).extracting("parameter").isEqualTo("region");
        assertThatThrownBy(() -> SavingsQuery.parse(new SavingsParameters(null, null, null, null, null, "20x5"),
                                                    null, null))
                .extracting("parameter").isEqualTo("year");
        assertThatThrownBy(() -> SavingsQuery.parse(new SavingsParameters(null, null, null, null, null, null),
                                                    "month", null))
                .extracting("parameter").isEqualTo("groupBy");
        assertThatThrownBy(() -> SavingsQuery.parse(new SavingsParameters(null, null, null, null, null, null),
                                                    null, "5000"))
                .extracting("parameter").isEqualTo("limit");
    }

    private void verify(String achievementId, String claimId, String period, String amount) {
        ledger.projection.on(new SavingsClaimVerified(achievementId, claimId, SavingsPeriod.parse(period),
                                                      Yuan.of(amount), "财务部", DAY, null));
    }

    private void adjust(String achievementId, String claimId, String period, String adjustmentId, String amount) {
        ledger.projection.on(new VerifiedSavingsAdjusted(achievementId, claimId, adjustmentId,
                                                         SavingsPeriod.parse(period), Yuan.of(amount), "财务部", DAY,
                                                         "审计"));
    }

    private static StudioScope scope(String studio, String enterprise, String alliance, String region) {
        return new StudioScope(studio, enterprise, alliance, region, null);
    }

    private SavingsTotals totals(StudioScope scope, Integer year, String groupBy) {
        return ledger.index.read(new SavingsQuery(scope, year, SavingsGrouping.parse(groupBy), 100)::totals);
    }

    /** Each group as key → "verified/claimed", in the order answered. */
    private static Map<String, String> groups(SavingsTotals totals) {
        return totals.groups().stream().collect(Collectors.toMap(
                SavingsGroup::key, group -> group.verified() + "/" + group.claimed(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
