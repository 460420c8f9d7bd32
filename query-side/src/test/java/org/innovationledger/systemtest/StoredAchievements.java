package org.innovationledger.systemtest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.innovationledger.api.achievement.AchievementAccepted;
import org.innovationledger.api.achievement.AchievementAdopted;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementContent;
import org.innovationledger.api.achievement.AchievementEvent;
import org.innovationledger.api.achievement.AchievementImplemented;
import org.innovationledger.api.achievement.AchievementRecommended;
import org.innovationledger.api.achievement.AchievementRecorded;
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
import org.innovationledger.api.common.AuditMetaData;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.eventstore.LedgerSerializers;
import org.innovationledger.eventstore.MongoEventStorageEngine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Achievement events written straight into the event store, one commit per event, as the command side would store
 * them: for read-model tests that must not wait for the achievement commands (they live on another branch).
 */
final class StoredAchievements {

    private StoredAchievements() {
    }

    /**
     * Stores the full path of an achievement of {@code studioId} — returned, revised, accepted, implemented, two
     * savings claims (one corrected, verified and adjusted; one rejected), an award, a recommendation and an
     * adoption — and returns its last sequence number.
     */
    static long richAchievement(LedgerProcesses ledger, String achievementId, String studioId) {
        SavingsPeriod q2 = SavingsPeriod.parse("2025-Q2");
        return store(ledger, achievementId, List.of(
                new AchievementRecorded(achievementId, studioId, content("重放成果 皮带机纠偏装置", "60", "40")),
                new AchievementSubmitted(achievementId, LocalDate.of(2025, 3, 1)),
                new AchievementReturned(achievementId, "县总工会", LocalDate.of(2025, 3, 10), "缺少效益测算依据"),
                new AchievementRevised(achievementId, content("重放成果 皮带机自动纠偏装置", "66.667", "33.333")),
                new AchievementSubmitted(achievementId, LocalDate.of(2025, 3, 15)),
                new AchievementAccepted(achievementId, "县总工会", LocalDate.of(2025, 4, 1), "予以采纳"),
                new AchievementImplemented(achievementId, "二号井", LocalDate.of(2025, 4, 15)),
                new SavingsClaimed(achievementId, "sc-1", q2, Yuan.of("120000.00"), "工时法", "EV-1",
                                   LocalDate.of(2025, 7, 5)),
                new SavingsClaimCorrected(achievementId, "sc-1", Yuan.of("98000.50"), "财务口径", "EV-1b",
                                          LocalDate.of(2025, 7, 20), "按财务口径重算"),
                new SavingsClaimVerified(achievementId, "sc-1", q2, Yuan.of("95000.00"), "财务部",
                                         LocalDate.of(2025, 8, 10), null),
                new VerifiedSavingsAdjusted(achievementId, "sc-1", "adj-1", q2, Yuan.of("-1500.50"), "财务部",
                                            LocalDate.of(2025, 12, 1), "重复计入"),
                new SavingsClaimed(achievementId, "sc-2", SavingsPeriod.parse("2025-Q3"), Yuan.of("50000.00"),
                                   "维修费对比", "EV-2", LocalDate.of(2025, 10, 5)),
                new SavingsClaimRejected(achievementId, "sc-2", "财务部", LocalDate.of(2025, 10, 20), "重复计算"),
                new AwardRecorded(achievementId, "aw-1", AwardLevel.MUNICIPAL, AwardGrade.SECOND, "市总工会",
                                  LocalDate.of(2025, 9, 1)),
                new AchievementRecommended(achievementId, AwardLevel.PROVINCIAL, "省总工会",
                                           LocalDate.of(2025, 9, 15), null),
                new AchievementAdopted(achievementId, "ad-1", "赣西煤业有限公司", "一号井", LocalDate.of(2025, 10, 10),
                                       null)));
    }

    /** Stores an achievement that was submitted and withdrawn; returns its last sequence number. */
    static long withdrawnAchievement(LedgerProcesses ledger, String achievementId, String studioId) {
        return store(ledger, achievementId, List.of(
                new AchievementRecorded(achievementId, studioId, content("重放成果 溜槽防堵", "100", null)),
                new AchievementSubmitted(achievementId, LocalDate.of(2025, 5, 1)),
                new AchievementWithdrawn(achievementId, LocalDate.of(2025, 5, 8), "需补充试验数据")));
    }

    private static long store(LedgerProcesses ledger, String achievementId, List<AchievementEvent> events) {
        try (MongoClient client = MongoClients.create(ledger.storeUri())) {
            MongoEventStorageEngine store = MongoEventStorageEngine.builder()
                    .database(client.getDatabase("ledger"))
                    .eventSerializer(LedgerSerializers.messages())
                    .snapshotSerializer(LedgerSerializers.snapshots())
                    .ensureSchema(false)
                    .build();
            for (int sequence = 0; sequence < events.size(); sequence++) {
                MetaData metaData = MetaData.with(AuditMetaData.USER_ID, "replay-test")
                                            .and(AuditMetaData.CORRELATION_ID, "replay-" + achievementId + "-" + sequence);
                DomainEventMessage<?> event = new GenericDomainEventMessage<>(
                        "Achievement", achievementId, sequence, events.get(sequence), metaData,
                        UUID.randomUUID().toString(), Instant.now());
                store.appendEvents(List.of(event));
            }
            return events.size() - 1;
        }
    }

    private static AchievementContent content(String title, String firstShare, String secondShare) {
        List<Contributor> contributors = secondShare == null
                ? List.of(new Contributor("李建华", "GP-0001", new BigDecimal(firstShare)))
                : List.of(new Contributor("李建华", "GP-0001", new BigDecimal(firstShare)),
                          new Contributor("王小明", null, new BigDecimal(secondShare)));
        return new AchievementContent(title, AchievementCategory.SMALL_INNOVATION, "加装自动纠偏辊", "皮带跑偏",
                                      "液压纠偏辊", "停机减少 80%", contributors, LocalDate.of(2025, 2, 20));
    }
}
