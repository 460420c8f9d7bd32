package org.innovationledger.command.achievement;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.achievement.AcceptAchievement;
import org.innovationledger.api.achievement.AchievementAccepted;
import org.innovationledger.api.achievement.AchievementAdopted;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementContent;
import org.innovationledger.api.achievement.AchievementImplemented;
import org.innovationledger.api.achievement.AchievementRecommended;
import org.innovationledger.api.achievement.AchievementRecorded;
import org.innovationledger.api.achievement.AchievementRejected;
import org.innovationledger.api.achievement.AchievementReturned;
import org.innovationledger.api.achievement.AchievementSubmitted;
import org.innovationledger.api.achievement.AchievementWithdrawn;
import org.innovationledger.api.achievement.AdjustVerifiedSavings;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.achievement.AwardRecorded;
import org.innovationledger.api.achievement.ClaimSavings;
import org.innovationledger.api.achievement.Contributor;
import org.innovationledger.api.achievement.CorrectSavingsClaim;
import org.innovationledger.api.achievement.RecommendAchievement;
import org.innovationledger.api.achievement.RecordAchievement;
import org.innovationledger.api.achievement.RecordAdoption;
import org.innovationledger.api.achievement.RecordAward;
import org.innovationledger.api.achievement.RecordImplementation;
import org.innovationledger.api.achievement.RejectAchievement;
import org.innovationledger.api.achievement.RejectSavingsClaim;
import org.innovationledger.api.achievement.ReturnAchievement;
import org.innovationledger.api.achievement.ReviseAchievement;
import org.innovationledger.api.achievement.SavingsClaimCorrected;
import org.innovationledger.api.achievement.SavingsClaimRejected;
import org.innovationledger.api.achievement.SavingsClaimVerified;
import org.innovationledger.api.achievement.SavingsClaimed;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.achievement.SubmitAchievement;
import org.innovationledger.api.achievement.VerifiedSavingsAdjusted;
import org.innovationledger.api.achievement.VerifySavingsClaim;
import org.innovationledger.api.achievement.WithdrawAchievement;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.command.studio.StudioStandings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An invented achievement of an invented studio, its histories and the commands sent to it. Versions are left to
 * Axon ({@code null}). Recorded on 2025-02-20, submitted 2025-03-01, accepted 2025-03-20 and implemented from
 * 2025-04-01; savings are claimed per quarter from 2025-Q2.
 */
final class AchievementExamples {

    static final String ACHIEVEMENT_ID = "achievement-0001";
    static final String STUDIO_ID = "studio-0042";
    static final String SUSPENDED_STUDIO = "studio-suspended";
    static final String REVOKED_STUDIO = "studio-revoked";
    static final LocalDate SUBMITTED_ON = LocalDate.of(2025, 3, 1);
    static final LocalDate ACCEPTED_ON = LocalDate.of(2025, 3, 20);
    static final LocalDate IMPLEMENTED_FROM = LocalDate.of(2025, 4, 1);
    static final SavingsPeriod Q2 = SavingsPeriod.ofQuarter(2025, 2);
    static final SavingsPeriod Q3 = SavingsPeriod.ofQuarter(2025, 3);
    static final SavingsPeriod YEAR = SavingsPeriod.ofYear(2025);
    static final String COUNTY_UNION = "安福县总工会";
    static final String REVIEWER = "县总工会经济技术部";
    static final String VERIFIER = "县总工会财务部";

    private AchievementExamples() {
    }

    static FixtureConfiguration<Achievement> fixture() {
        FixtureConfiguration<Achievement> fixture = new AggregateTestFixture<>(Achievement.class);
        fixture.registerInjectableResource((StudioStandings) studioId -> switch (studioId) {
            case STUDIO_ID -> StudioStatus.ACTIVE;
            case SUSPENDED_STUDIO -> StudioStatus.SUSPENDED;
            case REVOKED_STUDIO -> StudioStatus.REVOKED;
            default -> throw new AggregateNotFoundException(studioId, "no studio " + studioId);
        });
        return fixture;
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static Contributor contributor(String name, String memberId, String share) {
        return new Contributor(name, memberId, share == null ? null : new BigDecimal(share));
    }

    static List<Contributor> twoContributors() {
        return List.of(contributor("赵志刚", "MY-0001", "60"), contributor("孙丽", "MY-1024", "40"));
    }

    static AchievementContent content(List<Contributor> contributors) {
        return new AchievementContent("皮带机自动纠偏装置", AchievementCategory.SMALL_INNOVATION,
                "在主运输皮带机上加装自动纠偏辊", "皮带频繁跑偏，每月停机约 20 小时", "加装液压纠偏辊和跑偏传感器",
                "停机时间减少 80%", contributors, date(2025, 2, 20));
    }

    static RecordAchievement record(String studioId, List<Contributor> contributors) {
        return new RecordAchievement(ACHIEVEMENT_ID, studioId, content(contributors));
    }

    static AchievementRecorded recorded() {
        return new AchievementRecorded(ACHIEVEMENT_ID, STUDIO_ID, content(twoContributors()));
    }

    static ReviseAchievement revise(List<Contributor> contributors) {
        return new ReviseAchievement(ACHIEVEMENT_ID, null, content(contributors));
    }

    static SubmitAchievement submit(LocalDate on) {
        return new SubmitAchievement(ACHIEVEMENT_ID, null, on);
    }

    static AchievementSubmitted submitted(LocalDate on) {
        return new AchievementSubmitted(ACHIEVEMENT_ID, on);
    }

    static AcceptAchievement accept(LocalDate on) {
        return new AcceptAchievement(ACHIEVEMENT_ID, null, REVIEWER, on, "同意采纳");
    }

    static AchievementAccepted accepted(LocalDate on) {
        return new AchievementAccepted(ACHIEVEMENT_ID, REVIEWER, on, "同意采纳");
    }

    static ReturnAchievement returnFor(String reason, LocalDate on) {
        return new ReturnAchievement(ACHIEVEMENT_ID, null, REVIEWER, on, reason);
    }

    static AchievementReturned returned(LocalDate on) {
        return new AchievementReturned(ACHIEVEMENT_ID, REVIEWER, on, "请补充效益测算");
    }

    static RejectAchievement reject(String reason, LocalDate on) {
        return new RejectAchievement(ACHIEVEMENT_ID, null, REVIEWER, on, reason);
    }

    static AchievementRejected rejected(LocalDate on) {
        return new AchievementRejected(ACHIEVEMENT_ID, REVIEWER, on, "与已有成果重复");
    }

    static WithdrawAchievement withdraw(LocalDate on) {
        return new WithdrawAchievement(ACHIEVEMENT_ID, null, on, "方案调整");
    }

    static AchievementWithdrawn withdrawn(LocalDate on) {
        return new AchievementWithdrawn(ACHIEVEMENT_ID, on, "方案调整");
    }

    static RecordImplementation implement(LocalDate from) {
        return new RecordImplementation(ACHIEVEMENT_ID, null, "一号井主运输巷", from);
    }

    static AchievementImplemented implemented(LocalDate from) {
        return new AchievementImplemented(ACHIEVEMENT_ID, "一号井主运输巷", from);
    }

    static RecordAward award(String awardId, AwardLevel level, String body, LocalDate on) {
        return new RecordAward(ACHIEVEMENT_ID, null, awardId, level, AwardGrade.FIRST, body, on);
    }

    static AwardRecorded awarded(String awardId, AwardLevel level, String body, LocalDate on) {
        return new AwardRecorded(ACHIEVEMENT_ID, awardId, level, AwardGrade.FIRST, body, on);
    }

    static RecommendAchievement recommend(String to, LocalDate on) {
        return new RecommendAchievement(ACHIEVEMENT_ID, null, AwardLevel.MUNICIPAL, to, on, "推荐参加市级五小评选");
    }

    static AchievementRecommended recommended(String to, LocalDate on) {
        return new AchievementRecommended(ACHIEVEMENT_ID, AwardLevel.MUNICIPAL, to, on, "推荐参加市级五小评选");
    }

    static RecordAdoption adopt(String adoptionId, String adopter, LocalDate on) {
        return new RecordAdoption(ACHIEVEMENT_ID, null, adoptionId, adopter, "二号井", on, null);
    }

    static AchievementAdopted adopted(String adoptionId, String adopter, LocalDate on) {
        return new AchievementAdopted(ACHIEVEMENT_ID, adoptionId, adopter, "二号井", on, null);
    }

    static ClaimSavings claim(String claimId, SavingsPeriod period, String amount, LocalDate on) {
        return new ClaimSavings(ACHIEVEMENT_ID, null, claimId, period, Yuan.of(amount), "维修费与停机损失对比", "财务凭证 2025-118",
                on);
    }

    static SavingsClaimed claimed(String claimId, SavingsPeriod period, String amount, LocalDate on) {
        return new SavingsClaimed(ACHIEVEMENT_ID, claimId, period, Yuan.of(amount), "维修费与停机损失对比", "财务凭证 2025-118",
                on);
    }

    static CorrectSavingsClaim correct(String claimId, String amount, String reason, LocalDate on) {
        return new CorrectSavingsClaim(ACHIEVEMENT_ID, null, claimId, Yuan.of(amount), "按实际停机时间重算", "财务凭证 2025-131",
                on, reason);
    }

    static SavingsClaimCorrected corrected(String claimId, String amount, LocalDate on) {
        return new SavingsClaimCorrected(ACHIEVEMENT_ID, claimId, Yuan.of(amount), "按实际停机时间重算", "财务凭证 2025-131",
                on, "漏计备件费用");
    }

    static RejectSavingsClaim rejectClaim(String claimId, String reason, LocalDate on) {
        return new RejectSavingsClaim(ACHIEVEMENT_ID, null, claimId, VERIFIER, on, reason);
    }

    static SavingsClaimRejected claimRejected(String claimId, LocalDate on) {
        return new SavingsClaimRejected(ACHIEVEMENT_ID, claimId, VERIFIER, on, "缺少财务凭证");
    }

    static VerifySavingsClaim verify(String claimId, String amount, String verifier, LocalDate on) {
        return new VerifySavingsClaim(ACHIEVEMENT_ID, null, claimId, Yuan.of(amount), verifier, on, "按实际凭证核定");
    }

    static SavingsClaimVerified verified(String claimId, SavingsPeriod period, String amount, LocalDate on) {
        return new SavingsClaimVerified(ACHIEVEMENT_ID, claimId, period, Yuan.of(amount), VERIFIER, on, "按实际凭证核定");
    }

    static AdjustVerifiedSavings adjust(String claimId, String adjustmentId, String amount, String by, String reason,
                                        LocalDate on) {
        return new AdjustVerifiedSavings(ACHIEVEMENT_ID, null, claimId, adjustmentId, Yuan.of(amount), by, on, reason);
    }

    static VerifiedSavingsAdjusted adjusted(String claimId, String adjustmentId, SavingsPeriod period, String amount,
                                            LocalDate on) {
        return new VerifiedSavingsAdjusted(ACHIEVEMENT_ID, claimId, adjustmentId, period, Yuan.of(amount), VERIFIER,
                on, "审计调整");
    }

    static List<Object> submittedHistory() {
        return List.of(recorded(), submitted(SUBMITTED_ON));
    }

    static List<Object> acceptedHistory() {
        return with(submittedHistory(), accepted(ACCEPTED_ON));
    }

    static List<Object> implementedHistory() {
        return with(acceptedHistory(), implemented(IMPLEMENTED_FROM));
    }

    /** Claim c-1 for 2025-Q2, 30,000 yuan, claimed on 2025-07-05. */
    static List<Object> claimedHistory() {
        return with(implementedHistory(), claimed("c-1", Q2, "30000", date(2025, 7, 5)));
    }

    /** Claim c-1 verified at 28,000 yuan on 2025-08-01. */
    static List<Object> verifiedHistory() {
        return with(claimedHistory(), verified("c-1", Q2, "28000", date(2025, 8, 1)));
    }

    static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    /** One of every command an existing achievement handles, each otherwise acceptable at some point. */
    static Stream<Object> everyCommand() {
        LocalDate later = date(2026, 1, 10);
        return Stream.of(revise(twoContributors()), submit(later), accept(later), returnFor("请补充", later),
                reject("重复", later), withdraw(later), implement(later),
                award("a-9", AwardLevel.COUNTY, COUNTY_UNION, later), recommend("吉安市总工会", later),
                adopt("ad-9", "赣鄱矿业二号井", later), claim("c-9", YEAR, "1000", later),
                correct("c-1", "1000", "重算", later), rejectClaim("c-1", "凭证不全", later),
                verify("c-1", "1000", VERIFIER, later), adjust("c-1", "adj-9", "100", VERIFIER, "审计调整", later));
    }
}
