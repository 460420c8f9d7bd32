package org.innovationledger.query.achievement;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.innovationledger.api.achievement.AchievementEvent;
import org.innovationledger.query.achievement.AchievementHistory.Entry;
import org.innovationledger.query.store.EventHistories;
import org.innovationledger.query.store.EventHistories.StoredEntry;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** The {@code achievement_history} collection (成果事务记录): every step of each achievement, kept by {@link EventHistories}. */
@Component
class AchievementHistories {

    static final String COLLECTION = "achievement_history";

    private final EventHistories histories;

    AchievementHistories(MongoDatabase ledgerDatabase) {
        this.histories = new EventHistories(ledgerDatabase, COLLECTION, "achievementId");
    }

    void record(AchievementEvent event, long sequence, Instant recordedAt, String userId, String correlationId,
                String eventId) {
        AchievementStep step = AchievementStep.of(event);
        histories.record(event.achievementId(), (Record) event, step.name(), step.dateOf(event), sequence, recordedAt,
                         userId, correlationId, eventId);
    }

    Optional<Document> find(String achievementId) {
        return histories.find(achievementId);
    }

    void drop() {
        histories.drop();
    }

    static long version(Document history) {
        return EventHistories.version(history);
    }

    static AchievementHistory read(Document history) {
        return new AchievementHistory(history.getString("_id"), EventHistories.entries(history, AchievementHistories::entry),
                               version(history));
    }

    private static Entry entry(StoredEntry stored) {
        AchievementStep step = AchievementStep.valueOf(stored.step());
        return new Entry(stored.sequence(), step, step.english(), step.chinese(), stored.eventType(), stored.on(),
                         stored.dates(), stored.facts(), stored.userId(), stored.correlationId(), stored.recordedAt(),
                         stored.eventId());
    }
}
