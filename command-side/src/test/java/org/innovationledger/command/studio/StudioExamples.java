package org.innovationledger.command.studio;

import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.ChallengeSolved;
import org.innovationledger.api.studio.ChallengeTakenOn;
import org.innovationledger.api.studio.ChangeLeader;
import org.innovationledger.api.studio.ConfirmStarRating;
import org.innovationledger.api.studio.FundingGranted;
import org.innovationledger.api.studio.FundingSpent;
import org.innovationledger.api.studio.GrantFunding;
import org.innovationledger.api.studio.JoinStudio;
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.LeaveStudio;
import org.innovationledger.api.studio.MemberJoined;
import org.innovationledger.api.studio.MemberLeft;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.PromoteStudio;
import org.innovationledger.api.studio.RegisterStudio;
import org.innovationledger.api.studio.ReinstateStudio;
import org.innovationledger.api.studio.RevokeStudioName;
import org.innovationledger.api.studio.SolveChallenge;
import org.innovationledger.api.studio.SpendFunding;
import org.innovationledger.api.studio.StarRatingConfirmed;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioNameRevoked;
import org.innovationledger.api.studio.StudioProfileUpdated;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.api.studio.StudioSuspended;
import org.innovationledger.api.studio.SuspendStudio;
import org.innovationledger.api.studio.TakeOnChallenge;
import org.innovationledger.api.studio.UpdateStudioProfile;

import java.time.LocalDate;
import java.util.stream.Stream;

/** An invented studio, its history and the commands sent to it. Versions are left to Axon ({@code null}). */
final class StudioExamples {

    static final String STUDIO_ID = "studio-0042";
    static final Leader LEADER = new Leader("周建华", "省级劳动模范");
    static final RegionCode REGION = new RegionCode("360829");
    static final LocalDate FOUNDED_ON = LocalDate.of(2023, 3, 15);

    private StudioExamples() {
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2024, month, dayOfMonth);
    }

    static RegisterStudio register() {
        return new RegisterStudio(STUDIO_ID, "周建华劳模创新工作室", StudioKind.MODEL_WORKER, NamingLevel.COUNTY,
                "明远精密机械有限公司", REGION, "安福县总工会", LEADER, FOUNDED_ON, "数控加工与工装改进");
    }

    static StudioRegistered registered() {
        return new StudioRegistered(STUDIO_ID, "周建华劳模创新工作室", StudioKind.MODEL_WORKER, NamingLevel.COUNTY,
                "明远精密机械有限公司", REGION, "安福县总工会", LEADER, FOUNDED_ON, "数控加工与工装改进");
    }

    static UpdateStudioProfile updateProfile() {
        return new UpdateStudioProfile(STUDIO_ID, null, "周建华劳模创新工作室", "明远重工集团有限公司",
                new RegionCode("360800"), "数控加工、工装夹具与节能改造");
    }

    static StudioProfileUpdated profileUpdated() {
        return new StudioProfileUpdated(STUDIO_ID, "周建华劳模创新工作室", "明远重工集团有限公司",
                new RegionCode("360800"), "数控加工、工装夹具与节能改造");
    }

    static SuspendStudio suspend() {
        return new SuspendStudio(STUDIO_ID, null, "年度考核未提交工作计划", day(4, 1));
    }

    static StudioSuspended suspended() {
        return new StudioSuspended(STUDIO_ID, "年度考核未提交工作计划", day(4, 1));
    }

    static ReinstateStudio reinstate() {
        return new ReinstateStudio(STUDIO_ID, null, "已补交工作计划", day(5, 10));
    }

    static RevokeStudioName revoke() {
        return new RevokeStudioName(STUDIO_ID, null, "连续两年未开展活动", day(6, 30));
    }

    static StudioNameRevoked revoked() {
        return new StudioNameRevoked(STUDIO_ID, "连续两年未开展活动", day(6, 30));
    }

    static JoinStudio join(String memberId, LocalDate on) {
        return new JoinStudio(STUDIO_ID, null, memberId, "刘晓燕", "数控车工", true, on);
    }

    static MemberJoined joined(String memberId, LocalDate on) {
        return new MemberJoined(STUDIO_ID, memberId, "刘晓燕", "数控车工", true, on);
    }

    static LeaveStudio leave(String memberId, LocalDate on) {
        return new LeaveStudio(STUDIO_ID, null, memberId, on, "调往分厂");
    }

    static MemberLeft left(String memberId, LocalDate on) {
        return new MemberLeft(STUDIO_ID, memberId, on, "调往分厂");
    }

    static ChangeLeader changeLeader(Leader leader) {
        return new ChangeLeader(STUDIO_ID, null, leader, day(7, 1), "原领衔人退休");
    }

    static PromoteStudio promote(NamingLevel level) {
        return new PromoteStudio(STUDIO_ID, null, level, "吉安市总工会", day(9, 20));
    }

    static GrantFunding grant(String grantId, String amount, LocalDate on) {
        return new GrantFunding(STUDIO_ID, null, grantId, Yuan.of(amount), "安福县总工会", "启动经费", on);
    }

    static FundingGranted granted(String grantId, String amount, LocalDate on) {
        return new FundingGranted(STUDIO_ID, grantId, Yuan.of(amount), "安福县总工会", "启动经费", on);
    }

    static SpendFunding spend(String grantId, String spendingId, String amount, LocalDate on) {
        return new SpendFunding(STUDIO_ID, null, grantId, spendingId, Yuan.of(amount), "购置检测仪器", on);
    }

    static FundingSpent spent(String grantId, String spendingId, String amount, LocalDate on) {
        return new FundingSpent(STUDIO_ID, grantId, spendingId, Yuan.of(amount), "购置检测仪器", on);
    }

    static TakeOnChallenge takeOn(String challengeId, LocalDate on) {
        return new TakeOnChallenge(STUDIO_ID, null, challengeId, "主轴箱异响攻关", "找出并消除主轴箱高速异响", on);
    }

    static ChallengeTakenOn takenOn(String challengeId, LocalDate on) {
        return new ChallengeTakenOn(STUDIO_ID, challengeId, "主轴箱异响攻关", "找出并消除主轴箱高速异响", on);
    }

    static SolveChallenge solve(String challengeId, LocalDate on) {
        return new SolveChallenge(STUDIO_ID, null, challengeId, "更换轴承预紧结构，异响消除", on);
    }

    static ChallengeSolved solved(String challengeId, LocalDate on) {
        return new ChallengeSolved(STUDIO_ID, challengeId, "更换轴承预紧结构，异响消除", on);
    }

    static ConfirmStarRating confirmStars(int year, int stars, int computedStars, String reason) {
        return new ConfirmStarRating(STUDIO_ID, null, year, stars, computedStars, "default", 1, reason, "吉安市总工会");
    }

    static StarRatingConfirmed starsConfirmed(int year, int stars, int computedStars, String reason) {
        return new StarRatingConfirmed(STUDIO_ID, year, stars, computedStars, "default", 1, reason, "吉安市总工会");
    }

    /** Every command a registered studio handles. */
    static Stream<Object> everyCommandAfterRegistration() {
        return Stream.of(updateProfile(), join("m-1", day(3, 1)), leave("m-1", day(3, 2)),
                changeLeader(new Leader("陈国栋", "全国技术能手")), promote(NamingLevel.MUNICIPAL), suspend(),
                reinstate(), revoke(), grant("g-1", "50000", day(3, 1)), spend("g-1", "s-1", "100", day(3, 2)),
                takeOn("c-1", day(3, 1)), solve("c-1", day(3, 2)), confirmStars(2024, 3, 3, null));
    }

    /** The commands a suspended studio refuses: everything except profile, leave, reinstate and revoke. */
    static Stream<Object> commandsRefusedWhileSuspended() {
        return Stream.of(join("m-1", day(4, 2)), changeLeader(new Leader("陈国栋", "全国技术能手")),
                promote(NamingLevel.MUNICIPAL), suspend(), grant("g-1", "50000", day(4, 2)),
                spend("g-1", "s-1", "100", day(4, 2)), takeOn("c-1", day(4, 2)), solve("c-1", day(4, 3)));
    }
}
