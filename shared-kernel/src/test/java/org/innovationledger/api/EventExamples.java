package org.innovationledger.api;

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
import org.innovationledger.api.alliance.AllianceFounded;
import org.innovationledger.api.alliance.StudioJoinedAlliance;
import org.innovationledger.api.alliance.StudioLeftAlliance;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.AnnualFeePaid;
import org.innovationledger.api.patent.ApplicationDeemedWithdrawn;
import org.innovationledger.api.patent.ApplicationNumber;
import org.innovationledger.api.patent.ApplicationPublished;
import org.innovationledger.api.patent.ApplicationRejected;
import org.innovationledger.api.patent.ApplicationWithdrawn;
import org.innovationledger.api.patent.CorrectionRequested;
import org.innovationledger.api.patent.FormalExaminationPassed;
import org.innovationledger.api.patent.InvalidationExtent;
import org.innovationledger.api.patent.LicenceKind;
import org.innovationledger.api.patent.OfficeActionAnswered;
import org.innovationledger.api.patent.OfficeActionIssued;
import org.innovationledger.api.patent.PatentExpired;
import org.innovationledger.api.patent.PatentFiled;
import org.innovationledger.api.patent.PatentGranted;
import org.innovationledger.api.patent.PatentInvalidated;
import org.innovationledger.api.patent.PatentLapsed;
import org.innovationledger.api.patent.PatentLicensed;
import org.innovationledger.api.patent.PatentRestored;
import org.innovationledger.api.patent.PatentTransferred;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.patent.ReexaminationRequested;
import org.innovationledger.api.patent.RejectionOverturned;
import org.innovationledger.api.patent.RejectionUpheld;
import org.innovationledger.api.patent.SubstantiveExaminationRequested;
import org.innovationledger.api.rating.RatingBasis;
import org.innovationledger.api.rating.RatingIssuer;
import org.innovationledger.api.rating.RatingItem;
import org.innovationledger.api.rating.RatingPolicyIssued;
import org.innovationledger.api.rating.RatingPolicyRevised;
import org.innovationledger.api.rating.RatingRules;
import org.innovationledger.api.station.GraduationOutcome;
import org.innovationledger.api.station.IncubationAdmitted;
import org.innovationledger.api.station.IncubationGraduated;
import org.innovationledger.api.station.IncubationMilestoneReached;
import org.innovationledger.api.station.IncubationSubject;
import org.innovationledger.api.station.IncubationSubjectKind;
import org.innovationledger.api.station.StationRegistered;
import org.innovationledger.api.studio.ChallengeSolved;
import org.innovationledger.api.studio.ChallengeTakenOn;
import org.innovationledger.api.studio.FundingGranted;
import org.innovationledger.api.studio.FundingSpent;
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.LeaderChanged;
import org.innovationledger.api.studio.MemberJoined;
import org.innovationledger.api.studio.MemberLeft;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioNameRevoked;
import org.innovationledger.api.studio.StudioProfileUpdated;
import org.innovationledger.api.studio.StudioPromoted;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.api.studio.StudioReinstated;
import org.innovationledger.api.studio.StarRatingConfirmed;
import org.innovationledger.api.studio.StudioSuspended;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** One example of every stored event, with invented data. */
final class EventExamples {

    private static final String STUDIO = "6f1c2a0e-3b5d-4c47-9a55-2b8f0f1e7d21";
    private static final String ALLIANCE = "0d2e5c8a-1f7b-4e3c-9a6d-5b4c3a2f1e0d";
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final Leader LEADER = new Leader("李建华", "全国劳动模范");
    private static final String PATENT = "3c9e7d52-8a41-3f6b-b2d0-9e4c1a7f5b38";
    private static final LocalDate FILED_ON = LocalDate.of(2017, 7, 20);

    private EventExamples() {
    }

    static List<Object> all() {
        return Stream.of(studioAndAllianceEvents(), patentEvents(), achievementEvents(), ratingEvents(),
                         stationEvents()).flatMap(List::stream).toList();
    }

    private static List<Object> studioAndAllianceEvents() {
        return List.of(
                new StudioRegistered(STUDIO, "李建华劳模创新工作室", StudioKind.MODEL_WORKER, NamingLevel.COUNTY,
                                     "赣鄱矿业有限公司", new RegionCode("360829"), "安福县总工会", LEADER,
                                     LocalDate.of(2024, 5, 1), "井下设备技术攻关"),
                new StudioProfileUpdated(STUDIO, "李建华劳模创新工作室", "赣鄱矿业集团", new RegionCode("360829"), null),
                new MemberJoined(STUDIO, "GP-1024", "王小明", "技术骨干", true, DAY),
                new MemberLeft(STUDIO, "GP-1024", DAY.plusMonths(6), "调岗"),
                new LeaderChanged(STUDIO, LEADER, new Leader("周卫国", "省级技能大师"), DAY, "原领衔人退休"),
                new StudioPromoted(STUDIO, NamingLevel.COUNTY, NamingLevel.MUNICIPAL, "吉安市总工会", DAY),
                new StudioSuspended(STUDIO, "年度考核未达标", DAY),
                new StudioReinstated(STUDIO, "整改完成", DAY.plusMonths(2)),
                new StudioNameRevoked(STUDIO, "连续两年考核不合格", DAY.plusYears(1)),
                new FundingGranted(STUDIO, "g-1", Yuan.of("50000.00"), "安福县总工会", "工作室启动经费", DAY),
                new FundingSpent(STUDIO, "g-1", "s-1", Yuan.of("12800.50"), "购置检测设备", DAY.plusDays(10)),
                new ChallengeTakenOn(STUDIO, "c-1", "井下皮带机跑偏", "主运输皮带频繁跑偏停机", DAY),
                new ChallengeSolved(STUDIO, "c-1", "加装自动纠偏装置，停机时间减少 80%", DAY.plusMonths(3)),
                new StarRatingConfirmed(STUDIO, 2024, 4, 3, "default", 1, "获省级五小成果一等奖，上调一星", "吉安市总工会"),
                new AllianceFounded(ALLIANCE, "赣鄱矿业创新工作室联盟", STUDIO, DAY, "共享攻关课题"),
                new StudioJoinedAlliance(ALLIANCE, "7a8b9c0d-1e2f-4a5b-8c7d-6e5f4a3b2c1d", DAY),
                new StudioLeftAlliance(ALLIANCE, "7a8b9c0d-1e2f-4a5b-8c7d-6e5f4a3b2c1d", DAY.plusYears(1), "业务调整"));
    }

    private static List<Object> achievementEvents() {
        String achievement = "9b8e4f21-6c3a-4d7e-8f15-2a9c0b7d6e54";
        AchievementContent content = new AchievementContent(
                "皮带机自动纠偏装置", AchievementCategory.SMALL_INNOVATION, "在主运输皮带机上加装自动纠偏辊",
                "皮带频繁跑偏，每月停机约 20 小时", "加装液压纠偏辊和跑偏传感器", "停机时间减少 80%，年节约维修费约 12 万元",
                List.of(new Contributor("李建华", "GP-0001", new BigDecimal("60")),
                        new Contributor("王小明", "GP-1024", new BigDecimal("40"))),
                LocalDate.of(2025, 2, 20));
        SavingsPeriod quarter = SavingsPeriod.ofQuarter(2025, 2);
        return List.of(
                new AchievementRecorded(achievement, STUDIO, content),
                new AchievementRevised(achievement, content),
                new AchievementSubmitted(achievement, DAY),
                new AchievementAccepted(achievement, "县总工会经济技术部", DAY.plusDays(10), "效果明显"),
                new AchievementReturned(achievement, "县总工会经济技术部", DAY.plusDays(5), "请补充改善效果的测算依据"),
                new AchievementRejected(achievement, "县总工会经济技术部", DAY.plusDays(5), "与已有成果重复"),
                new AchievementWithdrawn(achievement, DAY.plusDays(3), "合并到另一项成果申报"),
                new AchievementImplemented(achievement, "一号井主运输巷", DAY.plusDays(20)),
                new AwardRecorded(achievement, "aw-1", AwardLevel.COUNTY, AwardGrade.FIRST, "安福县总工会",
                                  DAY.plusMonths(6)),
                new AchievementRecommended(achievement, AwardLevel.MUNICIPAL, "吉安市总工会", DAY.plusMonths(7),
                                           "推荐参加市级“五小”评选"),
                new AchievementAdopted(achievement, "ad-1", "赣鄱矿业二号矿", "二号井主运输巷", DAY.plusMonths(8),
                                       "整套装置推广"),
                new SavingsClaimed(achievement, "sc-1", quarter, Yuan.of("30000.00"), "停机时间×每小时损失",
                                   "财务凭证 2025-0612", DAY.plusMonths(4)),
                new SavingsClaimCorrected(achievement, "sc-1", Yuan.of("28500.00"), "停机时间×每小时损失（剔除节假日）",
                                          "财务凭证 2025-0612", DAY.plusMonths(4).plusDays(2), "节假日不计停机损失"),
                new SavingsClaimRejected(achievement, "sc-2", "县总工会财务部", DAY.plusMonths(5), "缺少财务凭证"),
                new SavingsClaimVerified(achievement, "sc-1", quarter, Yuan.of("28000.00"), "县总工会财务部",
                                         DAY.plusMonths(5), "按实际凭证核定"),
                new VerifiedSavingsAdjusted(achievement, "sc-1", "adj-1", quarter, Yuan.of("-1500.50"), "县总工会财务部",
                                            DAY.plusMonths(9), "审计发现一笔重复计入的维修费"));
    }

    private static List<Object> patentEvents() {
        return List.of(
                new PatentFiled(PATENT, STUDIO, new ApplicationNumber("201710601862.3"), PatentType.INVENTION,
                                "一种带式输送机自动纠偏装置", FILED_ON, LocalDate.of(2016, 9, 12),
                                List.of("赣鄱矿业有限公司"), List.of("李建华", "王小明"), List.of("a-1"),
                                LocalDate.of(2037, 7, 19), LocalDate.of(2019, 9, 12)),
                new CorrectionRequested(PATENT, LocalDate.of(2017, 9, 1), LocalDate.of(2017, 11, 1), "说明书附图不清晰"),
                new FormalExaminationPassed(PATENT, LocalDate.of(2017, 10, 20)),
                new ApplicationPublished(PATENT, LocalDate.of(2017, 12, 8), "CN107444867A"),
                new SubstantiveExaminationRequested(PATENT, LocalDate.of(2018, 1, 5)),
                new OfficeActionIssued(PATENT, "oa-1", LocalDate.of(2018, 11, 2), LocalDate.of(2019, 3, 2),
                                       "权利要求1不具备创造性"),
                new OfficeActionAnswered(PATENT, "oa-1", LocalDate.of(2019, 2, 20), "修改权利要求1，增加纠偏辊特征"),
                new ApplicationRejected(PATENT, LocalDate.of(2019, 8, 9), "权利要求1不具备创造性",
                                        LocalDate.of(2019, 11, 9)),
                new ReexaminationRequested(PATENT, LocalDate.of(2019, 10, 30)),
                new RejectionOverturned(PATENT, LocalDate.of(2020, 6, 18), "修改后的权利要求具备创造性"),
                new RejectionUpheld(PATENT, LocalDate.of(2020, 6, 18), "修改后的权利要求仍不具备创造性"),
                new ApplicationDeemedWithdrawn(PATENT, LocalDate.of(2019, 4, 10), "逾期未答复审查意见通知书"),
                new ApplicationWithdrawn(PATENT, LocalDate.of(2018, 3, 1), "改为申请实用新型"),
                new PatentGranted(PATENT, "ZL201710601862.3", LocalDate.of(2020, 9, 25), 4),
                new AnnualFeePaid(PATENT, 5, LocalDate.of(2021, 7, 20), LocalDate.of(2021, 9, 3), Yuan.of(1200), 5,
                                  Yuan.of(60), Yuan.of(1260)),
                new PatentLapsed(PATENT, 6, LocalDate.of(2022, 7, 20), LocalDate.of(2023, 1, 20),
                                 LocalDate.of(2023, 3, 1), LocalDate.of(2023, 5, 1)),
                new PatentRestored(PATENT, 6, LocalDate.of(2023, 4, 10), "财务人员变动，漏缴年费"),
                new PatentTransferred(PATENT, List.of("赣鄱矿业有限公司"), List.of("赣鄱矿业集团有限公司"),
                                      LocalDate.of(2023, 6, 1)),
                new PatentLicensed(PATENT, "l-1", "吉安恒通机械有限公司", LicenceKind.ORDINARY,
                                   LocalDate.of(2023, 7, 1), LocalDate.of(2026, 6, 30), Yuan.of("150000.00")),
                new PatentInvalidated(PATENT, InvalidationExtent.PARTLY, List.of(1, 3), LocalDate.of(2024, 5, 16),
                                      "权利要求1、3不具备新颖性"),
                new PatentExpired(PATENT, LocalDate.of(2037, 7, 19), LocalDate.of(2037, 7, 20)));
    }

    private static List<Object> ratingEvents() {
        String policy = "jiangxi-2025";
        RatingRules rules = new RatingRules(2025, List.of(
                new RatingItem("award-provincial", "省级奖项", RatingBasis.AWARD, AwardLevel.PROVINCIAL, AwardGrade.FIRST,
                               null, null, null, null, null, new BigDecimal("12"), new BigDecimal("36")),
                new RatingItem("patent-invention-granted", "授权发明专利", RatingBasis.PATENT_GRANTED, null, null,
                               PatentType.INVENTION, null, null, null, null, new BigDecimal("10"), null),
                new RatingItem("achievements-accepted", "采纳的小革新", RatingBasis.ACHIEVEMENT_ACCEPTED, null, null, null,
                               AchievementCategory.SMALL_INNOVATION, null, null, null, new BigDecimal("1"),
                               new BigDecimal("10")),
                new RatingItem("savings-100k", "年度核实效益10万至50万元", RatingBasis.VERIFIED_SAVINGS_BAND, null, null,
                               null, null, Yuan.of("100000.00"), Yuan.of("500000.00"), null, new BigDecimal("8"), null),
                new RatingItem("members", "团队成员", RatingBasis.MEMBERS, null, null, null, null, null, null, null,
                               new BigDecimal("0.5"), new BigDecimal("10")),
                new RatingItem("funding-unused", "经费使用率不足50%扣分", RatingBasis.FUNDING_USED_BELOW, null, null, null,
                               null, null, null, 50, new BigDecimal("-5"), null)),
                List.of(new BigDecimal("10"), new BigDecimal("25"), new BigDecimal("45"), new BigDecimal("70"),
                        new BigDecimal("100")));
        return List.of(
                new RatingPolicyIssued(policy, "江西省职工创新工作室星级评定办法",
                                       new RatingIssuer("江西省总工会", NamingLevel.PROVINCIAL, new RegionCode("360000")), 1,
                                       rules, "省总工会经济技术部"),
                new RatingPolicyRevised(policy, 2, rules, "增加带徒加分", "省总工会经济技术部"));
    }

    private static List<Object> stationEvents() {
        String station = "5e7a9c1b-2d4f-4a6c-8e0b-1c3d5f7a9b2e";
        String incubation = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
        return List.of(
                new StationRegistered(station, "安福县职工创新创业服务站", new RegionCode("360829"), "安福县总工会",
                                      List.of("安福县科技局", "井冈山大学"), LocalDate.of(2024, 3, 1)),
                new IncubationAdmitted(station, incubation,
                                       new IncubationSubject(IncubationSubjectKind.ACHIEVEMENT,
                                                             "9b8e4f21-6c3a-4d7e-8f15-2a9c0b7d6e54"),
                                       DAY.plusMonths(1), "入驻中试车间"),
                new IncubationMilestoneReached(station, incubation, "样机试制完成", DAY.plusMonths(3)),
                new IncubationGraduated(station, incubation, GraduationOutcome.COMMERCIALISED, DAY.plusMonths(9),
                                        "与县内企业签订转化协议"));
    }
}
