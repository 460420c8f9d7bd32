package org.innovationledger.command.rating;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.rating.RatingBasis;
import org.innovationledger.api.rating.RatingIssuer;
import org.innovationledger.api.rating.RatingItem;
import org.innovationledger.api.rating.RatingRules;
import org.innovationledger.api.studio.NamingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.ACTOR_REQUIRED;
import static org.innovationledger.api.common.ErrorCode.POLICY_EFFECTIVE_YEAR_BEFORE_LATEST;
import static org.innovationledger.api.common.ErrorCode.RATING_ISSUER_INVALID;
import static org.innovationledger.api.common.ErrorCode.RATING_ITEMS_INVALID;
import static org.innovationledger.api.common.ErrorCode.REASON_REQUIRED;
import static org.innovationledger.api.common.ErrorCode.STAR_THRESHOLDS_INVALID;
import static org.innovationledger.command.rating.RatingPolicyExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

class RatingPolicyTest {

    private final FixtureConfiguration<RatingPolicy> fixture = new AggregateTestFixture<>(RatingPolicy.class);

    @Test
    void unionIssuesPolicyAsVersionOne() {
        fixture.givenNoPriorActivity()
               .when(issue(rules(2025)))
               .expectEvents(issued(rules(2025)))
               .expectState(policy -> assertThat(policy.latestVersion()).isEqualTo(1));
    }

    @Test
    void nationalPolicyNamesNoRegion() {
        RatingIssuer national = new RatingIssuer("中华全国总工会", NamingLevel.NATIONAL, null);
        fixture.givenNoPriorActivity()
               .when(issue(national, rules(2025), ISSUED_BY))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void revisionIsANewVersionAndKeepsTheEarlierOnes() {
        RatingRules next = new RatingRules(2026, itemsWith(item("apprentices", RatingBasis.APPRENTICES, "1")),
                thresholds("12", "28", "48", "72", "100"));
        fixture.given(issued(rules(2025)), revised(2, rules(2025)))
               .when(revise(next))
               .expectEvents(revised(3, next))
               .expectState(policy -> {
                   assertThat(policy.latestVersion()).isEqualTo(3);
                   assertThat(policy.rulesOf(1)).isEqualTo(rules(2025));
                   assertThat(policy.rulesOf(3)).isEqualTo(next);
               });
    }

    @Test
    void revisionMayTakeEffectInTheLatestVersionsYear() {
        fixture.given(issued(rules(2025)))
               .when(revise(rules(2025)))
               .expectEvents(revised(2, rules(2025)));
    }

    @Test
    void revisionCannotTakeEffectBeforeTheLatestVersion() {
        fixture.given(issued(rules(2024)), revised(2, rules(2025)))
               .when(revise(rules(2024)))
               .expectException(violates(POLICY_EFFECTIVE_YEAR_BEFORE_LATEST))
               .expectNoEvents();
    }

    @Test
    void revisionStatesItsReason() {
        fixture.given(issued(rules(2025)))
               .when(revise(rules(2026), " ", ISSUED_BY))
               .expectException(violates(REASON_REQUIRED))
               .expectNoEvents();
    }

    @Test
    void revisionNamesWhoMadeIt() {
        fixture.given(issued(rules(2025)))
               .when(revise(rules(2026), "增加带徒加分", null))
               .expectException(violates(ACTOR_REQUIRED))
               .expectNoEvents();
    }

    @Test
    void issueNamesWhoMadeIt() {
        fixture.givenNoPriorActivity()
               .when(issue(ISSUER, rules(2025), ""))
               .expectException(violates(ACTOR_REQUIRED))
               .expectNoEvents();
    }

    @Test
    void revisionMustBeWellFormedToo() {
        fixture.given(issued(rules(2025)))
               .when(revise(new RatingRules(2026, List.of(), thresholds("10", "25", "45", "70", "100"))))
               .expectException(violates(RATING_ITEMS_INVALID))
               .expectNoEvents();
    }

    static Stream<RatingIssuer> invalidIssuers() {
        return Stream.of(
                new RatingIssuer(" ", NamingLevel.PROVINCIAL, new RegionCode("360000")),
                new RatingIssuer("江西省总工会", null, new RegionCode("360000")),
                new RatingIssuer("江西省总工会", NamingLevel.PROVINCIAL, null),
                new RatingIssuer("中华全国总工会", NamingLevel.NATIONAL, new RegionCode("360000")));
    }

    @ParameterizedTest
    @MethodSource("invalidIssuers")
    void issuerNamesUnionLevelAndRegionBelowNational(RatingIssuer issuer) {
        fixture.givenNoPriorActivity()
               .when(issue(issuer, rules(2025), ISSUED_BY))
               .expectException(violates(RATING_ISSUER_INVALID))
               .expectNoEvents();
    }

    static Stream<List<RatingItem>> invalidItems() {
        RatingItem valid = item("members", RatingBasis.MEMBERS, "0.5");
        return Stream.of(
                List.of(),
                List.of(valid, item("members", RatingBasis.APPRENTICES, "1")),
                List.of(item(" ", RatingBasis.MEMBERS, "1")),
                List.of(new RatingItem("members", " ", RatingBasis.MEMBERS, null, null, null, null, null, null, null,
                        BigDecimal.ONE, null)),
                List.of(item("members", null, "1")),
                List.of(item("members", RatingBasis.MEMBERS, "0")),
                List.of(item("members", RatingBasis.MEMBERS, "0.125")),
                List.of(new RatingItem("members", "团队成员", RatingBasis.MEMBERS, null, null, null, null, null, null,
                        null, BigDecimal.ONE, BigDecimal.ZERO)),
                List.of(new RatingItem("members", "团队成员", RatingBasis.MEMBERS, null, null, null, null, null, null,
                        null, BigDecimal.ONE, new BigDecimal("-10"))),
                List.of(new RatingItem("members", "团队成员", RatingBasis.MEMBERS, AwardLevel.COUNTY, null, null, null,
                        null, null, null, BigDecimal.ONE, null)),
                List.of(new RatingItem("awards", "获奖", RatingBasis.AWARD, null, null, PatentType.DESIGN, null, null,
                        null, null, BigDecimal.ONE, null)),
                List.of(new RatingItem("patents", "专利", RatingBasis.PATENT_FILED, null, null, null,
                        AchievementCategory.SMALL_DESIGN, null, null, null, BigDecimal.ONE, null)),
                List.of(new RatingItem("accepted", "成果", RatingBasis.ACHIEVEMENT_ACCEPTED, null, null, null, null,
                        Yuan.of(1), null, null, BigDecimal.ONE, null)),
                List.of(savingsBand("savings", null, "100000", "3")),
                List.of(savingsBand("savings", "-1", null, "3")),
                List.of(savingsBand("savings", "100000", "100000", "3")),
                List.of(savingsBand("savings", "500000", "100000", "3")),
                List.of(new RatingItem("savings", "效益", RatingBasis.VERIFIED_SAVINGS_BAND, null, null, null, null,
                        Yuan.of(1), null, 50, BigDecimal.ONE, null)),
                List.of(fundingUsedBelow(null)),
                List.of(fundingUsedBelow(0)),
                List.of(fundingUsedBelow(101)));
    }

    @ParameterizedTest
    @MethodSource("invalidItems")
    void itemsAreUniqueCompleteAndTakeExactlyTheParametersOfTheirBasis(List<RatingItem> items) {
        fixture.givenNoPriorActivity()
               .when(issue(new RatingRules(2025, items, thresholds("10", "25", "45", "70", "100"))))
               .expectException(violates(RATING_ITEMS_INVALID))
               .expectNoEvents();
    }

    @Test
    void everyItemProblemIsReportedAtOnce() {
        List<RatingItem> items = List.of(item("members", RatingBasis.MEMBERS, "0"), fundingUsedBelow(null));
        fixture.givenNoPriorActivity()
               .when(issue(new RatingRules(2025, items, thresholds("10", "25", "45", "70", "100"))))
               .expectException(violates(RATING_ITEMS_INVALID))
               .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                       org.hamcrest.Matchers.containsString("item members gives non-zero points"),
                       org.hamcrest.Matchers.containsString("item funding-unused names belowPercent")));
    }

    @Test
    void savingsBandMayBeOpenAbove() {
        fixture.givenNoPriorActivity()
               .when(issue(new RatingRules(2025, List.of(savingsBand("savings-500k", "500000", null, "15")),
                       thresholds("10", "25", "45", "70", "100"))))
               .expectSuccessfulHandlerExecution();
    }

    static Stream<List<BigDecimal>> invalidThresholds() {
        return Stream.of(
                thresholds("10", "25", "45", "70"),
                thresholds("10", "25", "45", "70", "100", "130"),
                thresholds("0", "25", "45", "70", "100"),
                thresholds("-5", "25", "45", "70", "100"),
                thresholds("10", "25", "25", "70", "100"),
                thresholds("10", "45", "25", "70", "100"),
                java.util.Arrays.asList(new BigDecimal("10"), null, new BigDecimal("45"), new BigDecimal("70"),
                        new BigDecimal("100")));
    }

    @ParameterizedTest
    @MethodSource("invalidThresholds")
    void starThresholdsAreFivePositiveScoresEachHigherThanTheOneBefore(List<BigDecimal> thresholds) {
        fixture.givenNoPriorActivity()
               .when(issue(new RatingRules(2025, items(), thresholds)))
               .expectException(violates(STAR_THRESHOLDS_INVALID))
               .expectNoEvents();
    }
}
