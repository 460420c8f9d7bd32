package org.innovationledger.systemtest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
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
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.achievement.AwardRecorded;
import org.innovationledger.api.achievement.Contributor;
import org.innovationledger.api.achievement.SavingsClaimRejected;
import org.innovationledger.api.achievement.SavingsClaimVerified;
import org.innovationledger.api.achievement.SavingsClaimed;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.achievement.VerifiedSavingsAdjusted;
import org.innovationledger.api.alliance.AllianceFounded;
import org.innovationledger.api.alliance.StudioJoinedAlliance;
import org.innovationledger.api.common.AuditMetaData;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.AmountDue;
import org.innovationledger.api.patent.AnnualFee;
import org.innovationledger.api.patent.AnnualFeePaid;
import org.innovationledger.api.patent.AnnualFees;
import org.innovationledger.api.patent.ApplicationDeemedWithdrawn;
import org.innovationledger.api.patent.ApplicationNumber;
import org.innovationledger.api.patent.ApplicationPublished;
import org.innovationledger.api.patent.ApplicationRejected;
import org.innovationledger.api.patent.ApplicationWithdrawn;
import org.innovationledger.api.patent.FormalExaminationPassed;
import org.innovationledger.api.patent.PatentCalendar;
import org.innovationledger.api.patent.PatentFiled;
import org.innovationledger.api.patent.PatentGranted;
import org.innovationledger.api.patent.PatentLapsed;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.patent.SubstantiveExaminationRequested;
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
import org.innovationledger.api.studio.MemberJoined;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StarRatingConfirmed;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.eventstore.LedgerSerializers;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history the query benchmarks import (shared by {@link LedgerQueryBenchmarkIT} and
 * {@link PersistedReplayBenchmarkIT}): studios in 132 counties of one province, each with three members, an alliance
 * of 20 studios per 50, and achievements drawn along every path with their savings claims, verifications, rejections
 * and adjustments — one commit per event, as the command side stores them. The same sizes and seed give the same
 * history.
 */
final class BenchmarkHistory {

    static final List<String> WORDS = List.of("皮带机", "纠偏", "节能", "变频", "巡检", "工装", "夹具", "焊接",
            "数控", "刀具", "润滑", "密封", "泵站", "通风", "照明", "安全", "检测", "自动", "改进", "优化", "电机", "阀门",
            "输送", "除尘", "计量", "保护", "信号", "钻具", "液压", "支架");
    private static final List<String> SUFFIXES = List.of("装置", "方法", "建议", "改造", "设计", "工艺");

    /** The last day the history's events are dated on (its patents, fees, incubations, funding). */
    static final LocalDate HORIZON = LocalDate.of(2026, 6, 30);
    /** The last year with achievements, the year a revised rating policy takes effect. */
    static final int LAST_YEAR = 2025;

    final int studioCount;
    final int achievementCount;
    /** Patents of issue 6; 0 keeps the history of issue 4 exactly (no patents, stations, policy, funding …). */
    final int patentCount;
    final int allianceCount;
    final int enterpriseCount;
    final List<String> studioIds = new ArrayList<>();
    final List<String> allianceIds = new ArrayList<>();
    final List<String> counties = new ArrayList<>();
    private final Random random;
    private final Map<String, Long> sequences = new LinkedHashMap<>();
    private final List<List<DomainEventMessage<?>>> pending = new ArrayList<>();
    /** Accepted achievements (id, studio, day accepted), collected as drawn without drawing anything more. */
    private final List<Subject> acceptedAchievements = new ArrayList<>();
    /** Patents that have not ended (id, studio, day filed): what a station may incubate. */
    private final List<Subject> openPatents = new ArrayList<>();
    private final String[] enterpriseOfStudio;
    /** What the issue-6 part of the history holds, by kind, for the report. */
    final Map<String, Long> counts = new LinkedHashMap<>();
    private MongoEventStorageEngine engine;
    private long events;

    BenchmarkHistory(int studios, int achievements, Random random) {
        this(studios, achievements, 0, random);
    }

    /**
     * The history of issue 4 and, when {@code patents} &gt; 0, after it the facts the ratings, incubation and the
     * dashboard of issue 6 count: more members (some apprentices), funding granted and spent, challenges taken on and
     * solved, {@code patents} patents along their real paths with their annual fees, service stations incubating
     * about 5 % of the achievements and of the patents, a revision of the default rating policy for the last year
     * and official stars for some studios. The part of issue 4 is drawn first and is the same as without patents.
     */
    BenchmarkHistory(int studios, int achievements, int patents, Random random) {
        this.studioCount = studios;
        this.achievementCount = achievements;
        this.patentCount = patents;
        this.enterpriseOfStudio = new String[studios];
        this.allianceCount = Math.max(1, studios / 50);
        this.enterpriseCount = Math.max(1, studios / 10);
        this.random = random;
        names();
    }

    /** About {@code events} events: an achievement brings about 5.04 events, a studio 4.4 with its alliance share. */
    static BenchmarkHistory ofAboutEvents(long events, Random random) {
        int achievements = (int) Math.max(20, Math.round(events / 5.26));
        return new BenchmarkHistory(Math.max(50, achievements / 20), achievements, random);
    }

    /** The ids and regions of the history, the same in every run (a run may reuse an earlier run's store). */
    private void names() {
        for (int city = 1; city <= 11; city++) {
            for (int county = 21; county <= 32; county++) {
                counties.add(String.format("36%02d%02d", city, county));
            }
        }
        for (int i = 0; i < studioCount; i++) {
            studioIds.add(String.format("studio-%05d", i));
        }
        for (int i = 0; i < allianceCount; i++) {
            allianceIds.add("alliance-" + i);
        }
    }

    /** Imports the whole history into the store through {@code engine}, 2,000 commits at a time; returns the events. */
    long seed(MongoEventStorageEngine engine) {
        this.engine = engine;
        String[] enterprises = new String[enterpriseCount];
        for (int i = 0; i < enterpriseCount; i++) {
            enterprises[i] = "赣鄱企业" + i;
        }
        LocalDate founded = LocalDate.of(2020, 3, 1);
        for (int i = 0; i < studioCount; i++) {
            String studioId = studioIds.get(i);
            enterpriseOfStudio[i] = enterprises[i % enterpriseCount];
            commit(studioId, "Studio", new StudioRegistered(
                    studioId, "工作室" + i + "号", StudioKind.values()[i % 3], level(), enterprises[i % enterpriseCount],
                    new RegionCode(counties.get(random.nextInt(counties.size()))), "总工会",
                    new Leader("领衔人" + i, "劳动模范"), founded, null));
            for (int member = 0; member < 3; member++) {
                commit(studioId, "Studio", new MemberJoined(studioId, "M" + i + "-" + member, "成员" + member, "骨干",
                                                            member == 2, founded.plusDays(member)));
            }
        }
        for (int i = 0; i < allianceCount; i++) {
            String allianceId = allianceIds.get(i);
            commit(allianceId, "Alliance", new AllianceFounded(allianceId, "联盟" + i, studioIds.get(i * 50 % studioCount),
                                                               founded, null));
            for (int member = 1; member < 20; member++) {
                commit(allianceId, "Alliance", new StudioJoinedAlliance(
                        allianceId, studioIds.get((i * 50 + member) % studioCount), founded.plusDays(1)));
            }
        }
        for (int i = 0; i < achievementCount; i++) {
            achievement(String.format("achievement-%06d", i), studioIds.get(random.nextInt(studioCount)));
        }
        if (patentCount > 0) {
            studioFacts();
            for (int i = 0; i < patentCount; i++) {
                patent(i);
            }
            stations();
            revisedPolicy();
            officialStars();
        }
        flush();
        return events;
    }

    private NamingLevel level() {
        int roll = random.nextInt(100);
        return roll < 1 ? NamingLevel.NATIONAL : roll < 6 ? NamingLevel.PROVINCIAL : roll < 21 ? NamingLevel.MUNICIPAL
                : roll < 51 ? NamingLevel.COUNTY : NamingLevel.ENTERPRISE;
    }

    /** One achievement along a path drawn at random, with the claims an implemented one makes. */
    private void achievement(String id, String studioId) {
        int year = 2023 + random.nextInt(3);
        LocalDate day = LocalDate.of(year, 1 + random.nextInt(9), 1 + random.nextInt(28));
        String title = WORDS.get(random.nextInt(WORDS.size())) + WORDS.get(random.nextInt(WORDS.size()))
                + WORDS.get(random.nextInt(WORDS.size())) + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
        List<Contributor> contributors = random.nextBoolean()
                ? List.of(new Contributor("职工" + random.nextInt(50_000), null, new BigDecimal("100")))
                : List.of(new Contributor("职工" + random.nextInt(50_000), null, new BigDecimal("60")),
                          new Contributor("职工" + random.nextInt(50_000), null, new BigDecimal("40")));
        AchievementCategory category = AchievementCategory.values()[random.nextInt(5)];
        commit(id, "Achievement", new AchievementRecorded(id, studioId, new AchievementContent(
                title, category, "说明", "问题", "措施", "效果", contributors, day)));
        int path = random.nextInt(100);
        if (path < 10) {
            return; // draft
        }
        commit(id, "Achievement", new AchievementSubmitted(id, day.plusDays(1)));
        if (path < 20) {
            return; // awaiting review
        }
        if (path < 25) {
            commit(id, "Achievement", new AchievementReturned(id, "县总工会", day.plusDays(5), "请补充测算依据"));
            return;
        }
        if (path < 30) {
            commit(id, "Achievement", new AchievementRejected(id, "县总工会", day.plusDays(5), "与已有成果重复"));
            return;
        }
        commit(id, "Achievement", new AchievementAccepted(id, "县总工会", day.plusDays(5), null));
        acceptedAchievements.add(new Subject(id, studioId, day.plusDays(5)));
        if (random.nextInt(100) < 20) {
            AwardLevel level = AwardLevel.values()[random.nextInt(5)];
            commit(id, "Achievement", new AwardRecorded(id, "award-" + id, level,
                                                        AwardGrade.values()[random.nextInt(4)], level + "评审委员会",
                                                        day.plusDays(40)));
        }
        if (path < 43) {
            return; // accepted, not yet implemented
        }
        LocalDate implemented = day.plusDays(10);
        commit(id, "Achievement", new AchievementImplemented(id, "车间" + random.nextInt(20), implemented));
        if (path >= 88) {
            commit(id, "Achievement", new AchievementRecommended(id, AwardLevel.MUNICIPAL, "市总工会",
                                                                 implemented.plusDays(30), null));
        }
        if (path >= 95) {
            commit(id, "Achievement", new AchievementAdopted(id, "adoption-" + id, "兄弟单位", null,
                                                             implemented.plusDays(60), null));
        }
        claims(id, implemented);
    }

    private void claims(String id, LocalDate implemented) {
        List<SavingsPeriod> periods = new ArrayList<>();
        if (random.nextBoolean()) {
            periods.add(SavingsPeriod.ofYear(implemented.getYear()));
        } else {
            int first = (implemented.getMonthValue() - 1) / 3 + 1;
            for (int quarter = first; quarter <= Math.min(4, first + random.nextInt(3)); quarter++) {
                periods.add(SavingsPeriod.ofQuarter(implemented.getYear(), quarter));
            }
        }
        for (SavingsPeriod period : periods) {
            String claimId = "claim-" + id + "-" + period;
            long fen = 10_000 + random.nextInt(20_000_000);
            LocalDate claimedOn = period.endsOn().isBefore(implemented) ? implemented : period.endsOn();
            commit(id, "Achievement", new SavingsClaimed(id, claimId, period, new Yuan(BigDecimal.valueOf(fen, 2)),
                                                         "测算", "凭证", claimedOn));
            int outcome = random.nextInt(100);
            if (outcome < 10) {
                commit(id, "Achievement", new SavingsClaimRejected(id, claimId, "财务部", claimedOn, "凭证不全"));
            } else if (outcome < 80) {
                long verified = fen - fen / 10 * random.nextInt(2);
                commit(id, "Achievement", new SavingsClaimVerified(id, claimId, period,
                                                                   new Yuan(BigDecimal.valueOf(verified, 2)), "财务部",
                                                                   claimedOn.plusDays(10), null));
                if (outcome < 14) {
                    commit(id, "Achievement", new VerifiedSavingsAdjusted(
                            id, claimId, "adjustment-" + claimId, period,
                            new Yuan(BigDecimal.valueOf(-verified / 20, 2)), "审计部", claimedOn.plusDays(90),
                            "审计调整"));
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------ issue 6: the rest

    /** An achievement or patent a station may admit: its id, studio and the first day it could be admitted. */
    private record Subject(String id, String studioId, LocalDate from) {
    }

    /**
     * Per studio: zero to six more members from 2023 (three in ten apprentices), funding granted in some years with
     * some of it spent (some studios spend less than half), and up to three technical challenges, most solved.
     */
    private void studioFacts() {
        LocalDate from = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < studioCount; i++) {
            String studioId = studioIds.get(i);
            int members = random.nextInt(7);
            for (int member = 0; member < members; member++) {
                commit(studioId, "Studio", new MemberJoined(studioId, "M" + i + "-" + (3 + member), "新成员" + member,
                                                            "成员", random.nextInt(10) < 3,
                                                            from.plusDays(random.nextInt(3 * 365))));
                count("members joined");
            }
            if (random.nextInt(100) < 60) {
                for (int year = 2023; year <= LAST_YEAR; year++) {
                    if (random.nextInt(100) >= 70) {
                        continue;
                    }
                    String grantId = "grant-" + i + "-" + year;
                    long granted = 20_000 + random.nextInt(180) * 1_000L;
                    LocalDate grantedOn = LocalDate.of(year, 3, 1).plusDays(random.nextInt(120));
                    commit(studioId, "Studio", new FundingGranted(studioId, grantId, Yuan.of(granted), "市总工会",
                                                                  "创新活动经费", grantedOn));
                    count("funding grants");
                    long remaining = granted;
                    int spendings = random.nextInt(4);
                    for (int spending = 0; spending < spendings && remaining > 1_000; spending++) {
                        long amount = 1_000 + random.nextInt((int) Math.min(remaining - 1_000, 100_000) + 1);
                        remaining -= amount;
                        commit(studioId, "Studio", new FundingSpent(studioId, grantId, grantId + "-" + spending,
                                                                    Yuan.of(amount), "材料费",
                                                                    grantedOn.plusDays(10 + random.nextInt(290))));
                        count("funding spendings");
                    }
                }
            }
            int challenges = random.nextInt(4);
            for (int challenge = 0; challenge < challenges; challenge++) {
                String challengeId = "challenge-" + i + "-" + challenge;
                LocalDate takenOn = from.plusDays(random.nextInt(3 * 365));
                commit(studioId, "Studio", new ChallengeTakenOn(studioId, challengeId,
                                                                WORDS.get(random.nextInt(WORDS.size())) + "攻关",
                                                                "技术难题", takenOn));
                count("challenges taken on");
                LocalDate solvedOn = takenOn.plusDays(30 + random.nextInt(370));
                if (random.nextInt(100) < 70 && !solvedOn.isAfter(HORIZON)) {
                    commit(studioId, "Studio", new ChallengeSolved(studioId, challengeId, "已解决", solvedOn));
                    count("challenges solved");
                }
            }
        }
    }

    /**
     * A patent of a random studio, filed from 2019 to 2025 under a valid application number, along a path the Patent
     * aggregate allows: formal examination; for an invention publication after 18 months, substantive examination
     * and grant, or a rejection, withdrawal or deemed withdrawal; for a utility model or design grant, or a
     * withdrawal or rejection in formal examination. A granted patent pays its annual fees as {@link AnnualFees}
     * says (the first with the grant, later ones on time, ahead or in grace with the surcharge) until
     * {@link #HORIZON}; some stop paying and lapse after the grace period. No step is dated after the horizon: a
     * patent whose next step would be stays where it is.
     */
    private void patent(int index) {
        String id = String.format("patent-%06d", index);
        int studio = random.nextInt(studioCount);
        String studioId = studioIds.get(studio);
        int roll = random.nextInt(100);
        PatentType type = roll < 45 ? PatentType.INVENTION : roll < 85 ? PatentType.UTILITY_MODEL : PatentType.DESIGN;
        LocalDate filedOn = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(7 * 365));
        String twelve = filedOn.getYear() + (type == PatentType.INVENTION ? "1" : type == PatentType.UTILITY_MODEL
                ? "2" : "3") + String.format("%07d", 100_000 + index);
        ApplicationNumber number = new ApplicationNumber(twelve + "." + ApplicationNumber.checkCharacter(twelve));
        String title = WORDS.get(random.nextInt(WORDS.size())) + WORDS.get(random.nextInt(WORDS.size()))
                + (type == PatentType.DESIGN ? "外观" : SUFFIXES.get(random.nextInt(2)));
        List<String> inventors = random.nextBoolean() ? List.of("发明人" + random.nextInt(50_000))
                : List.of("发明人" + random.nextInt(50_000), "发明人" + random.nextInt(50_000));
        LocalDate examinationDueOn = type.isExaminedSubstantively()
                ? PatentCalendar.substantiveExaminationDueOn(filedOn, null) : null;
        commit(id, "Patent", new PatentFiled(id, studioId, number, type, title, filedOn, null,
                                             List.of(enterpriseOfStudio[studio]), inventors, List.of(),
                                             PatentCalendar.termEndsOn(type, filedOn), examinationDueOn));
        count("patents filed");
        int path = random.nextInt(100);
        LocalDate passedOn = filedOn.plusDays(20 + random.nextInt(70));
        if (passedOn.isAfter(HORIZON)) {
            openPatents.add(new Subject(id, studioId, filedOn));
            return;
        }
        if (!type.isExaminedSubstantively() && path < 3) {
            commit(id, "Patent", new ApplicationWithdrawn(id, passedOn, "申请人主动撤回"));
            count("patents withdrawn");
            return;
        }
        if (!type.isExaminedSubstantively() && path < 6) {
            commit(id, "Patent", new ApplicationRejected(id, passedOn, "不符合授权条件",
                                                         PatentCalendar.reexaminationDueOn(passedOn)));
            count("patents rejected");
            openPatents.add(new Subject(id, studioId, filedOn)); // rejected, not final: re-examination may follow
            return;
        }
        commit(id, "Patent", new FormalExaminationPassed(id, passedOn));
        openPatents.add(new Subject(id, studioId, filedOn));
        LocalDate grantedOn;
        if (type.isExaminedSubstantively()) {
            LocalDate publishedOn = filedOn.plusMonths(18);
            if (publishedOn.isAfter(HORIZON)) {
                return;
            }
            commit(id, "Patent", new ApplicationPublished(id, publishedOn, "CN" + twelve.substring(4) + "A"));
            if (path < 5) {
                LocalDate withdrawnOn = publishedOn.plusDays(1 + random.nextInt(150));
                if (!withdrawnOn.isAfter(HORIZON)) {
                    commit(id, "Patent", new ApplicationWithdrawn(id, withdrawnOn, "申请人主动撤回"));
                    count("patents withdrawn");
                    openPatents.remove(openPatents.size() - 1);
                }
                return;
            }
            if (path < 8) {
                LocalDate deemedOn = examinationDueOn.plusDays(1 + random.nextInt(60));
                if (!deemedOn.isAfter(HORIZON)) {
                    commit(id, "Patent", new ApplicationDeemedWithdrawn(id, deemedOn, "期满未提出实质审查请求"));
                    count("patents deemed withdrawn");
                    openPatents.remove(openPatents.size() - 1);
                }
                return;
            }
            LocalDate requestedOn = publishedOn.plusDays(random.nextInt(180));
            if (requestedOn.isAfter(HORIZON)) {
                return;
            }
            commit(id, "Patent", new SubstantiveExaminationRequested(id, requestedOn));
            LocalDate decidedOn = requestedOn.plusDays(300 + random.nextInt(600));
            if (decidedOn.isAfter(HORIZON)) {
                return;
            }
            if (path < 20) {
                commit(id, "Patent", new ApplicationRejected(id, decidedOn, "缺乏创造性",
                                                             PatentCalendar.reexaminationDueOn(decidedOn)));
                count("patents rejected");
                return;
            }
            grantedOn = decidedOn;
        } else {
            grantedOn = passedOn.plusDays(30 + random.nextInt(type == PatentType.DESIGN ? 90 : 200));
            if (grantedOn.isAfter(HORIZON)) {
                return;
            }
        }
        int firstYear = AnnualFees.firstYearOwed(filedOn, grantedOn);
        commit(id, "Patent", new PatentGranted(id, number.patentNumber(), grantedOn, firstYear));
        count("patents granted");
        int lapsesFor = random.nextInt(100) < 6 ? firstYear + 1 + random.nextInt(3) : Integer.MAX_VALUE;
        for (int year = firstYear; ; year++) {
            Optional<AnnualFee> owed = AnnualFees.owed(type, filedOn, grantedOn, year);
            if (owed.isEmpty()) {
                return;
            }
            AnnualFee fee = owed.get();
            if (year == lapsesFor) {
                LocalDate lapsedOn = fee.graceEndsOn().plusDays(1 + random.nextInt(60));
                if (!lapsedOn.isAfter(HORIZON)) {
                    commit(id, "Patent", new PatentLapsed(id, year, fee.dueOn(), fee.graceEndsOn(), lapsedOn,
                                                          PatentCalendar.restorationDueOn(lapsedOn)));
                    count("patents lapsed");
                }
                return;
            }
            LocalDate paidOn = year == firstYear ? grantedOn
                    : random.nextInt(100) < 80 ? fee.dueOn().minusDays(random.nextInt(60))
                    : fee.dueOn().plusDays(1 + random.nextInt(150));
            if (paidOn.isBefore(grantedOn)) {
                paidOn = grantedOn;
            }
            if (paidOn.isAfter(HORIZON)) {
                return;
            }
            AmountDue due = fee.amountDueOn(paidOn).orElseThrow();
            commit(id, "Patent", new AnnualFeePaid(id, year, fee.dueOn(), paidOn, due.fee(), due.surchargePercent(),
                                                   due.surcharge(), due.total()));
            count("annual fees paid");
        }
    }

    /**
     * A station per 500 studios (2 to 20), registered in 2022, admitting about 5 % of all achievements (of those
     * accepted) and 5 % of all patents (of those not ended), each with up to two milestones, a third graduating.
     */
    private void stations() {
        int stations = Math.max(2, Math.min(20, studioCount / 500));
        LocalDate[] registeredOn = new LocalDate[stations];
        for (int i = 0; i < stations; i++) {
            String stationId = "station-" + i;
            registeredOn[i] = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(365));
            commit(stationId, "ServiceStation", new StationRegistered(
                    stationId, "职工创新创业服务站" + i, new RegionCode(counties.get(random.nextInt(counties.size()))),
                    "县总工会", List.of("县科协"), registeredOn[i]));
            count("stations");
        }
        double achievementShare = 0.05 * achievementCount / Math.max(1, acceptedAchievements.size());
        double patentShare = 0.05 * patentCount / Math.max(1, openPatents.size());
        int[] incubations = {0};
        for (Subject achievement : acceptedAchievements) {
            if (random.nextDouble() < achievementShare) {
                incubate(achievement, IncubationSubjectKind.ACHIEVEMENT, stations, registeredOn, incubations);
            }
        }
        for (Subject patent : openPatents) {
            if (random.nextDouble() < patentShare) {
                incubate(patent, IncubationSubjectKind.PATENT, stations, registeredOn, incubations);
            }
        }
    }

    private void incubate(Subject subject, IncubationSubjectKind kind, int stations, LocalDate[] registeredOn,
                          int[] incubations) {
        int station = random.nextInt(stations);
        String stationId = "station-" + station;
        LocalDate admittedOn = subject.from().plusDays(random.nextInt(120));
        if (admittedOn.isBefore(registeredOn[station])) {
            admittedOn = registeredOn[station];
        }
        if (admittedOn.isAfter(HORIZON)) {
            return;
        }
        String incubationId = "incubation-" + (incubations[0]++);
        commit(stationId, "ServiceStation", new IncubationAdmitted(stationId, incubationId,
                                                                   new IncubationSubject(kind, subject.id()),
                                                                   admittedOn, null));
        count("incubations of " + kind.name().toLowerCase(Locale.ROOT) + "s");
        LocalDate day = admittedOn;
        int milestones = random.nextInt(3);
        for (int milestone = 0; milestone < milestones; milestone++) {
            day = day.plusDays(20 + random.nextInt(120));
            if (day.isAfter(HORIZON)) {
                return;
            }
            commit(stationId, "ServiceStation", new IncubationMilestoneReached(
                    stationId, incubationId, milestone == 0 ? "完成样机" : "小批量试用", day));
        }
        LocalDate graduatedOn = day.plusDays(30 + random.nextInt(200));
        if (random.nextInt(100) < 33 && !graduatedOn.isAfter(HORIZON)) {
            commit(stationId, "ServiceStation", new IncubationGraduated(
                    stationId, incubationId, GraduationOutcome.values()[random.nextInt(GraduationOutcome.values().length)],
                    graduatedOn, null));
            count("incubations graduated");
        }
    }

    /**
     * The default rating policy is not drawn here: the command side issues it at its first start, before the
     * import (as in production), from {@code rating/default-policy.json}. The history adds version 2, effective in
     * {@link #LAST_YEAR}: the same items with a higher cap on patent filings and higher star thresholds.
     */
    private void revisedPolicy() {
        String policyId = "default";
        Instant deadline = Instant.now().plusSeconds(60);
        while (engine.lastSequenceNumberFor(policyId).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The command side did not issue the default rating policy");
            }
            sleep(200);
        }
        List<? extends DomainEventMessage<?>> policyEvents = engine.readEvents(policyId).asStream().toList();
        RatingRules latest = policyEvents.stream().map(DomainEventMessage::getPayload)
                .map(payload -> payload instanceof RatingPolicyIssued issued ? issued.rules()
                        : ((RatingPolicyRevised) payload).rules())
                .reduce((first, second) -> second).orElseThrow();
        sequences.put(policyId, policyEvents.get(policyEvents.size() - 1).getSequenceNumber() + 1);
        List<RatingItem> items = latest.items().stream().map(item -> !item.code().equals("patent-filed") ? item
                : new RatingItem(item.code(), item.name(), item.basis(), item.awardLevel(), item.awardGrade(),
                                 item.patentType(), item.category(), item.minYuan(), item.maxYuan(),
                                 item.belowPercent(), item.points(), new BigDecimal("8"))).toList();
        List<BigDecimal> thresholds = List.of(new BigDecimal("12"), new BigDecimal("28"), new BigDecimal("50"),
                                              new BigDecimal("75"), new BigDecimal("105"));
        commit(policyId, "RatingPolicy", new RatingPolicyRevised(policyId, policyEvents.size() + 1,
                                                                 new RatingRules(LAST_YEAR, items, thresholds),
                                                                 "提高专利申请加分上限和星级门槛", "benchmark"));
        count("rating policy revisions");
    }

    /** One studio in ten has its stars confirmed for the year before the last, one in ten for the last year. */
    private void officialStars() {
        for (int i = 0; i < studioCount; i++) {
            String studioId = studioIds.get(i);
            for (int year = LAST_YEAR - 1; year <= LAST_YEAR; year++) {
                if (random.nextInt(10) != 0) {
                    continue;
                }
                int computed = Math.min(5, random.nextInt(3) + random.nextInt(3));
                boolean differs = random.nextInt(5) == 0;
                int stars = differs ? Math.min(5, computed + 1) : computed;
                commit(studioId, "Studio", new StarRatingConfirmed(studioId, year, stars, computed, "default",
                                                                   year == LAST_YEAR ? 2 : 1,
                                                                   stars != computed ? "获奖成果突出，破格认定" : null,
                                                                   "市总工会"));
                count("official stars");
            }
        }
    }

    private void count(String what) {
        counts.merge(what, 1L, Long::sum);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void commit(String aggregateId, String type, Object payload) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        MetaData metaData = MetaData.with(AuditMetaData.USER_ID, "benchmark")
                                    .and(AuditMetaData.CORRELATION_ID, aggregateId + "/" + sequence);
        pending.add(List.of(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, metaData,
                                                            aggregateId + "/" + sequence, Instant.now())));
        events++;
        if (pending.size() == 2_000) {
            flush();
        }
    }

    private void flush() {
        engine.importCommits(pending);
        pending.clear();
    }

    /**
     * Waits until every processor's token in the store has reached the last position of the history. A processor
     * that starts on a store with history holds a replay token, whose current position is the one that counts.
     */
    static void awaitPersistedProjections(MongoDatabase database, long head, Duration timeout, long pollMillis)
            throws InterruptedException {
        Pattern index = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<Document> tokens = database.getCollection("tracking_tokens").find().into(new ArrayList<>());
            boolean caughtUp = !tokens.isEmpty() && tokens.stream().allMatch(token -> {
                Object serialized = token.get("token");
                String text = serialized instanceof org.bson.types.Binary binary
                        ? new String(binary.getData(), StandardCharsets.UTF_8) : String.valueOf(serialized);
                int current = text.indexOf("currentToken");
                Matcher matcher = index.matcher(current < 0 ? text : text.substring(current));
                return matcher.find() && Long.parseLong(matcher.group(1)) >= head;
            });
            if (caughtUp) {
                return;
            }
            Thread.sleep(pollMillis);
        }
        throw new IllegalStateException("The persisted projections did not catch up within " + timeout);
    }
}
