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
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.MemberJoined;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
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

    final int studioCount;
    final int achievementCount;
    final int allianceCount;
    final int enterpriseCount;
    final List<String> studioIds = new ArrayList<>();
    final List<String> allianceIds = new ArrayList<>();
    final List<String> counties = new ArrayList<>();
    private final Random random;
    private final Map<String, Long> sequences = new LinkedHashMap<>();
    private final List<List<DomainEventMessage<?>>> pending = new ArrayList<>();
    private MongoEventStorageEngine engine;
    private long events;

    BenchmarkHistory(int studios, int achievements, Random random) {
        this.studioCount = studios;
        this.achievementCount = achievements;
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
