package org.innovationledger.query.achievement;

import org.innovationledger.api.achievement.AchievementAccepted;
import org.innovationledger.api.achievement.AchievementAdopted;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementContent;
import org.innovationledger.api.achievement.AchievementImplemented;
import org.innovationledger.api.achievement.AchievementRecommended;
import org.innovationledger.api.achievement.AchievementRecorded;
import org.innovationledger.api.achievement.AchievementRejected;
import org.innovationledger.api.achievement.AchievementReturned;
import org.innovationledger.api.achievement.AchievementRevised;
import org.innovationledger.api.achievement.AchievementSubmitted;
import org.innovationledger.api.achievement.AchievementWithdrawn;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.achievement.AwardRecorded;
import org.innovationledger.api.achievement.Contributor;
import org.innovationledger.api.achievement.SavingsClaimCorrected;
import org.innovationledger.api.achievement.SavingsClaimRejected;
import org.innovationledger.api.achievement.SavingsClaimVerified;
import org.innovationledger.api.achievement.SavingsClaimed;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.achievement.VerifiedSavingsAdjusted;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.query.testsupport.Timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.innovationledger.query.testsupport.StudioEvents.profileUpdated;
import static org.innovationledger.query.testsupport.StudioEvents.registered;

/**
 * Achievements with invented but plausible content: one that goes through everything (returned twice, implemented,
 * savings claimed, corrected, rejected, verified and adjusted, awarded, recommended and adopted), one withdrawn
 * whose studio is registered after it, one rejected and one still a draft.
 */
final class AchievementExamples {

    static final String RICH = "a-rich";
    static final String WITHDRAWN = "a-withdrawn";
    static final String REJECTED = "a-rejected";
    static final String DRAFT = "a-draft";
    static final String STUDIO = "s-1";
    static final String LATE_STUDIO = "s-late";
    static final String STUDIO_LEAD = "studio-lead-1";
    static final String COUNTY_UNION = "县总工会经济技术部";
    static final String FINANCE = "县总工会财务部";

    /** The index in {@link #richTimeline()} of the second return of {@link #RICH}. */
    static final int SECOND_RETURN = 6;
    /** The index in {@link #richTimeline()} of the verification of claim sc-1. */
    static final int VERIFICATION = 15;

    private AchievementExamples() {
    }

    static AchievementContent content(String title, Contributor... contributors) {
        return new AchievementContent(title, AchievementCategory.SMALL_INNOVATION, "在主运输皮带机上加装自动纠偏辊",
                                      "皮带频繁跑偏，每月停机约 20 小时", "加装液压纠偏辊和跑偏传感器",
                                      "停机时间减少 80%", List.of(contributors), LocalDate.of(2025, 2, 20));
    }

    static Contributor contributor(String name, String memberId, String share) {
        return new Contributor(name, memberId, new BigDecimal(share));
    }

    static Timeline richTimeline() {
        return new Timeline()
                .add(registered(STUDIO))
                .by(STUDIO_LEAD)
                .add(new AchievementRecorded(RICH, STUDIO, content("皮带机纠偏装置",
                                                                   contributor("李建华", "GP-0001", "60"),
                                                                   contributor("王小明", "GP-1024", "40"))),
                     new AchievementSubmitted(RICH, LocalDate.of(2025, 3, 1)))
                .by(Timeline.UNION_STAFF)
                .add(new AchievementReturned(RICH, COUNTY_UNION, LocalDate.of(2025, 3, 10), "缺少效益测算依据"))
                .by(STUDIO_LEAD)
                .add(new AchievementRevised(RICH, content("皮带机自动纠偏装置",
                                                          contributor("李建华", "GP-0001", "33.34"),
                                                          contributor("王小明", "GP-1024", "33.33"),
                                                          contributor("刘小红", null, "33.33"))),
                     new AchievementSubmitted(RICH, LocalDate.of(2025, 3, 15)))
                .by(Timeline.UNION_STAFF)
                .add(new AchievementReturned(RICH, COUNTY_UNION, LocalDate.of(2025, 3, 20), "完成人排序有误"))
                .by(STUDIO_LEAD)
                .add(new AchievementRevised(RICH, content("皮带机自动纠偏装置",
                                                          contributor("李建华", "GP-0001", "50.5"),
                                                          contributor("王小明", "GP-1024", "33.333"),
                                                          contributor("刘小红", null, "16.167"))),
                     new AchievementSubmitted(RICH, LocalDate.of(2025, 3, 25)))
                .by(Timeline.UNION_STAFF)
                .add(new AchievementAccepted(RICH, COUNTY_UNION, LocalDate.of(2025, 4, 1), "效果显著，予以采纳"))
                .by(STUDIO_LEAD)
                .add(new AchievementImplemented(RICH, "二号井主运输巷", LocalDate.of(2025, 4, 15)),
                     new SavingsClaimed(RICH, "sc-1", SavingsPeriod.parse("2025-Q2"), Yuan.of("120000.00"),
                                        "停机减少工时 × 小时产值", "EV-2025-07", LocalDate.of(2025, 7, 5)),
                     new SavingsClaimed(RICH, "sc-2", SavingsPeriod.parse("2025-Q3"), Yuan.of("50000.00"),
                                        "维修费对比", "EV-2025-10", LocalDate.of(2025, 10, 5)),
                     new SavingsClaimCorrected(RICH, "sc-1", Yuan.of("100000.00"), "停机减少工时 × 小时产值",
                                               "EV-2025-07b", LocalDate.of(2025, 7, 20), "扣除试运行期间"),
                     new SavingsClaimCorrected(RICH, "sc-1", Yuan.of("98000.50"), "按财务口径重算",
                                               "EV-2025-07c", LocalDate.of(2025, 7, 28), "按财务口径重算"))
                .by(Timeline.UNION_STAFF)
                .add(new SavingsClaimVerified(RICH, "sc-1", SavingsPeriod.parse("2025-Q2"), Yuan.of("95000.00"),
                                              FINANCE, LocalDate.of(2025, 8, 10), "部分工时无记录"),
                     new SavingsClaimRejected(RICH, "sc-2", FINANCE, LocalDate.of(2025, 10, 20), "与 sc-1 重复计算"),
                     new VerifiedSavingsAdjusted(RICH, "sc-1", "adj-1", SavingsPeriod.parse("2025-Q2"),
                                                 Yuan.of("-1500.50"), FINANCE, LocalDate.of(2025, 12, 1),
                                                 "审计发现一笔重复计入的维修费"),
                     new VerifiedSavingsAdjusted(RICH, "sc-1", "adj-2", SavingsPeriod.parse("2025-Q2"),
                                                 Yuan.of("500.00"), FINANCE, LocalDate.of(2025, 12, 5), "补计备件节约"))
                .by(STUDIO_LEAD)
                .add(new SavingsClaimed(RICH, "sc-3", SavingsPeriod.parse("2025-Q4"), Yuan.of("30000.00"),
                                        "维修费对比", "EV-2026-01", LocalDate.of(2026, 1, 5)))
                .by(Timeline.UNION_STAFF)
                .add(new AwardRecorded(RICH, "aw-1", AwardLevel.MUNICIPAL, AwardGrade.SECOND, "吉安市总工会",
                                       LocalDate.of(2025, 9, 1)),
                     new AchievementRecommended(RICH, AwardLevel.PROVINCIAL, "江西省总工会", LocalDate.of(2025, 9, 15),
                                                "推荐参加省职工五小成果评选"),
                     new AchievementAdopted(RICH, "ad-1", "赣西煤业有限公司", "一号井", LocalDate.of(2025, 10, 10),
                                            "整套图纸移交"),
                     new AwardRecorded(RICH, "aw-2", AwardLevel.PROVINCIAL, AwardGrade.THIRD, "江西省总工会",
                                       LocalDate.of(2025, 11, 1)),
                     profileUpdated(STUDIO, "李建华劳模创新工作室（采掘）", "360802"))
                .by(STUDIO_LEAD)
                .add(new AchievementRecorded(WITHDRAWN, LATE_STUDIO, content("溜槽防堵装置",
                                                                             contributor("赵强", "PC-7", "100"))),
                     new AchievementSubmitted(WITHDRAWN, LocalDate.of(2025, 5, 1)),
                     new AchievementWithdrawn(WITHDRAWN, LocalDate.of(2025, 5, 8), "需补充试验数据"))
                .by(Timeline.UNION_STAFF)
                .add(registered(LATE_STUDIO, "赵强职工创新工作室", StudioKind.STAFF, NamingLevel.ENTERPRISE, "440305",
                                LocalDate.of(2023, 1, 1)))
                .by(STUDIO_LEAD)
                .add(new AchievementRecorded(REJECTED, STUDIO, content("井口照明改造",
                                                                       contributor("王小明", "GP-1024", "100"))),
                     new AchievementSubmitted(REJECTED, LocalDate.of(2025, 6, 1)))
                .by(Timeline.UNION_STAFF)
                .add(new AchievementRejected(REJECTED, COUNTY_UNION, LocalDate.of(2025, 6, 10), "已有同类成果"))
                .by(STUDIO_LEAD)
                .add(new AchievementRecorded(DRAFT, STUDIO, content("钻杆快换接头",
                                                                    contributor("李建华", "GP-0001", "100"))));
    }
}
