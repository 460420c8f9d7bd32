package org.innovationledger.query.achievement;

import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.achievement.SavingsClaimStatus;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.query.achievement.AchievementDetail.Contributor;
import org.innovationledger.query.achievement.AchievementDetail.Correction;
import org.innovationledger.query.achievement.AchievementDetail.Implementation;
import org.innovationledger.query.achievement.AchievementDetail.ReviewAction;
import org.innovationledger.query.achievement.AchievementDetail.ReviewStep;
import org.innovationledger.query.achievement.AchievementDetail.SavingsClaim;
import org.innovationledger.query.achievement.AchievementDetail.SavingsTotals;
import org.innovationledger.query.achievement.AchievementDetail.StudioRef;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.Timeline;
import org.innovationledger.query.web.NotFoundException;
import org.innovationledger.query.web.ProjectionBehindException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.innovationledger.query.achievement.AchievementExamples.*;

/** What an achievement view shows after each kind of event. */
class AchievementProjectionTest {

    private InProcessMongo mongo;
    private AchievementProjectionFixture achievements;

    @BeforeEach
    void startStore() {
        mongo = new InProcessMongo();
        achievements = new AchievementProjectionFixture(mongo.database());
    }

    @AfterEach
    void stopStore() {
        mongo.close();
    }

    private AchievementDetail afterEvents(int count) {
        achievements.projections.deliver(richTimeline().events().subList(0, count));
        return achievements.queries.detail(RICH, null, null);
    }

    private AchievementDetail afterEverything(String achievementId) {
        achievements.projections.deliver(richTimeline().events());
        return achievements.queries.detail(achievementId, null, null);
    }

    @Test
    void aRecordingShowsTheContentTheStudioAndADraft() {
        AchievementDetail achievement = afterEvents(2);

        assertThat(achievement.id()).isEqualTo(RICH);
        assertThat(achievement.studio()).isEqualTo(new StudioRef(STUDIO, "李建华劳模创新工作室", "赣鄱矿业有限公司",
                                                                 "360829"));
        assertThat(achievement.content().title()).isEqualTo("皮带机纠偏装置");
        assertThat(achievement.content().category()).isEqualTo(AchievementCategory.SMALL_INNOVATION);
        assertThat(achievement.content().problem()).isEqualTo("皮带频繁跑偏，每月停机约 20 小时");
        assertThat(achievement.content().achievedOn()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(achievement.content().contributors()).extracting(Contributor::name, Contributor::share)
                .containsExactly(tuple("李建华", new BigDecimal("60")), tuple("王小明", new BigDecimal("40")));
        assertThat(achievement.status()).isEqualTo(AchievementStatus.DRAFT);
        assertThat(achievement.statusSince()).isNull();
        assertThat(achievement.review()).isEmpty();
        assertThat(achievement.savings()).isEqualTo(new SavingsTotals(Yuan.ZERO, Yuan.ZERO, Yuan.ZERO));
        assertThat(achievement.recordedAt()).isEqualTo(Timeline.START.plus(Duration.ofMinutes(1)));
        assertThat(achievement.version()).isZero();
    }

    @Test
    void everyReturnIsKeptInTheReviewTrailWithItsReviewerAndReason() {
        AchievementDetail returned = afterEvents(SECOND_RETURN + 1);
        assertThat(returned.status()).isEqualTo(AchievementStatus.RETURNED);
        assertThat(returned.statusSince()).isEqualTo(LocalDate.of(2025, 3, 20));

        AchievementDetail accepted = afterEvents(SECOND_RETURN + 4);
        assertThat(accepted.status()).isEqualTo(AchievementStatus.ACCEPTED);
        assertThat(accepted.review()).containsExactly(
                new ReviewStep(ReviewAction.SUBMITTED, LocalDate.of(2025, 3, 1), null, null, null),
                new ReviewStep(ReviewAction.RETURNED, LocalDate.of(2025, 3, 10), COUNTY_UNION, "缺少效益测算依据", null),
                new ReviewStep(ReviewAction.SUBMITTED, LocalDate.of(2025, 3, 15), null, null, null),
                new ReviewStep(ReviewAction.RETURNED, LocalDate.of(2025, 3, 20), COUNTY_UNION, "完成人排序有误", null),
                new ReviewStep(ReviewAction.SUBMITTED, LocalDate.of(2025, 3, 25), null, null, null),
                new ReviewStep(ReviewAction.ACCEPTED, LocalDate.of(2025, 4, 1), COUNTY_UNION, null, "效果显著，予以采纳"));
    }

    @Test
    void aRevisionReplacesTheContentAndKeepsSharesExact() {
        AchievementDetail achievement = afterEverything(RICH);

        assertThat(achievement.content().title()).isEqualTo("皮带机自动纠偏装置");
        assertThat(achievement.content().contributors()).containsExactly(
                new Contributor("李建华", "GP-0001", new BigDecimal("50.5")),
                new Contributor("王小明", "GP-1024", new BigDecimal("33.333")),
                new Contributor("刘小红", null, new BigDecimal("16.167")));
    }

    @Test
    void aVerifiedClaimShowsItsCorrectionsVerificationAdjustmentsAndTotal() {
        SavingsClaim claim = afterEverything(RICH).savingsClaims().get(0);

        assertThat(claim.claimId()).isEqualTo("sc-1");
        assertThat(claim.period()).isEqualTo(SavingsPeriod.ofQuarter(2025, 2));
        assertThat(claim.status()).isEqualTo(SavingsClaimStatus.VERIFIED);
        assertThat(claim.amount()).isEqualTo(Yuan.of("98000.50"));
        assertThat(claim.method()).isEqualTo("按财务口径重算");
        assertThat(claim.evidenceRef()).isEqualTo("EV-2025-07c");
        assertThat(claim.claimedOn()).isEqualTo(LocalDate.of(2025, 7, 5));
        assertThat(claim.corrections()).extracting(Correction::previousAmount, Correction::amount,
                                                   Correction::correctedOn, Correction::reason)
                .containsExactly(tuple(Yuan.of("120000.00"), Yuan.of("100000.00"), LocalDate.of(2025, 7, 20),
                                       "扣除试运行期间"),
                                 tuple(Yuan.of("100000.00"), Yuan.of("98000.50"), LocalDate.of(2025, 7, 28),
                                       "按财务口径重算"));
        assertThat(claim.verification().verifiedAmount()).isEqualTo(Yuan.of("95000.00"));
        assertThat(claim.verification().verifiedBy()).isEqualTo(FINANCE);
        assertThat(claim.verification().note()).isEqualTo("部分工时无记录");
        assertThat(claim.adjustments()).extracting(adjustment -> adjustment.adjustmentId(),
                                                   adjustment -> adjustment.amount())
                .containsExactly(tuple("adj-1", Yuan.of("-1500.50")), tuple("adj-2", Yuan.of("500.00")));
        assertThat(claim.verifiedTotal()).isEqualTo(Yuan.of("93999.50"));
        assertThat(claim.rejection()).isNull();
    }

    @Test
    void aRejectedClaimCountsNowhereAndAnOpenOneIsPending() {
        AchievementDetail achievement = afterEverything(RICH);

        SavingsClaim rejected = achievement.savingsClaims().get(1);
        assertThat(rejected.status()).isEqualTo(SavingsClaimStatus.REJECTED);
        assertThat(rejected.rejection().rejectedBy()).isEqualTo(FINANCE);
        assertThat(rejected.rejection().reason()).isEqualTo("与 sc-1 重复计算");
        assertThat(rejected.verifiedTotal()).isNull();
        SavingsClaim open = achievement.savingsClaims().get(2);
        assertThat(open.status()).isEqualTo(SavingsClaimStatus.CLAIMED);
        assertThat(achievement.savings()).isEqualTo(new SavingsTotals(
                Yuan.of("128000.50"), Yuan.of("93999.50"), Yuan.of("30000.00")));
    }

    @Test
    void theTotalsAfterVerificationBeforeAnyAdjustment() {
        AchievementDetail achievement = afterEvents(VERIFICATION + 1);

        assertThat(achievement.savingsClaims().get(0).verifiedTotal()).isEqualTo(Yuan.of("95000.00"));
        assertThat(achievement.savings()).isEqualTo(new SavingsTotals(
                Yuan.of("148000.50"), Yuan.of("95000.00"), Yuan.of("50000.00")));
    }

    @Test
    void implementationAwardsRecommendationsAndAdoptionsAreShownAndTheStatusOnlyMovesForward() {
        AchievementDetail achievement = afterEverything(RICH);

        assertThat(achievement.implementation()).isEqualTo(new Implementation("二号井主运输巷",
                                                                              LocalDate.of(2025, 4, 15)));
        assertThat(achievement.awards()).extracting(award -> award.awardId(), award -> award.level(),
                                                    award -> award.grade(), award -> award.awardingBody())
                .containsExactly(tuple("aw-1", AwardLevel.MUNICIPAL, AwardGrade.SECOND, "吉安市总工会"),
                                 tuple("aw-2", AwardLevel.PROVINCIAL, AwardGrade.THIRD, "江西省总工会"));
        assertThat(achievement.recommendations()).singleElement().satisfies(recommendation -> {
            assertThat(recommendation.recommendedTo()).isEqualTo("江西省总工会");
            assertThat(recommendation.level()).isEqualTo(AwardLevel.PROVINCIAL);
        });
        assertThat(achievement.adoptions()).singleElement().satisfies(adoption -> {
            assertThat(adoption.adoptionId()).isEqualTo("ad-1");
            assertThat(adoption.adopter()).isEqualTo("赣西煤业有限公司");
            assertThat(adoption.site()).isEqualTo("一号井");
        });
        assertThat(achievement.status()).as("an award after the adoption changes nothing")
                                        .isEqualTo(AchievementStatus.ADOPTED);
        assertThat(achievement.statusSince()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(achievement.version()).isEqualTo(22);
    }

    @Test
    void otherEndingsAreShownWithTheirReasons() {
        achievements.projections.deliver(richTimeline().events());

        AchievementDetail withdrawn = achievements.queries.detail(WITHDRAWN, null, null);
        assertThat(withdrawn.status()).isEqualTo(AchievementStatus.WITHDRAWN);
        assertThat(withdrawn.review()).last().isEqualTo(new ReviewStep(ReviewAction.WITHDRAWN,
                LocalDate.of(2025, 5, 8), null, "需补充试验数据", null));
        AchievementDetail rejected = achievements.queries.detail(REJECTED, null, null);
        assertThat(rejected.status()).isEqualTo(AchievementStatus.REJECTED);
        assertThat(rejected.review()).last().isEqualTo(new ReviewStep(ReviewAction.REJECTED,
                LocalDate.of(2025, 6, 10), COUNTY_UNION, "已有同类成果", null));
        assertThat(achievements.queries.detail(DRAFT, null, null).status()).isEqualTo(AchievementStatus.DRAFT);
    }

    @Test
    void aStudiosNewProfileReachesItsAchievementsRecordedBeforeAndAfter() {
        achievements.projections.deliver(richTimeline().events());

        StudioRef renamed = new StudioRef(STUDIO, "李建华劳模创新工作室（采掘）", "赣鄱矿业集团", "360802");
        assertThat(achievements.queries.detail(RICH, null, null).studio()).isEqualTo(renamed);
        assertThat(achievements.queries.detail(REJECTED, null, null).studio()).isEqualTo(renamed);
        assertThat(achievements.queries.detail(DRAFT, null, null).studio()).isEqualTo(renamed);
    }

    @Test
    void anAchievementRecordedBeforeItsStudioIsKnownShowsTheStudioOnceItIs() {
        int lateStudioRegistered = 28;
        achievements.projections.deliver(richTimeline().events().subList(0, lateStudioRegistered));
        assertThat(achievements.queries.detail(WITHDRAWN, null, null).studio())
                .isEqualTo(new StudioRef(LATE_STUDIO, null, null, null));

        achievements.projections.deliver(richTimeline().get(lateStudioRegistered));
        assertThat(achievements.queries.detail(WITHDRAWN, null, null).studio())
                .isEqualTo(new StudioRef(LATE_STUDIO, "赵强职工创新工作室", "赣鄱矿业有限公司", "440305"));
    }

    @Test
    void anUnknownAchievementIsNotFoundAndAVersionNotYetProjectedIsBehind() {
        achievements.projections.deliver(richTimeline().events());

        assertThatThrownBy(() -> achievements.queries.detail("a-nobody", null, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> achievements.queries.history("a-nobody", null, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(achievements.queries.detail(RICH, 22L, 0L).version()).isEqualTo(22);
        assertThatThrownBy(() -> achievements.queries.detail(RICH, 23L, 10L))
                .isInstanceOf(ProjectionBehindException.class);
        assertThatThrownBy(() -> achievements.queries.detail("a-nobody", 0L, 10L))
                .isInstanceOf(ProjectionBehindException.class);
    }

    @Test
    void aStudioEventAloneCreatesNoAchievement() {
        achievements.projections.deliver(richTimeline().get(0));

        assertThat(mongo.database().getCollection(AchievementViews.COLLECTION).countDocuments()).isZero();
    }
}
