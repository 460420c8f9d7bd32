package org.innovationledger.query.achievement;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.innovationledger.api.achievement.AchievementEvent;
import org.innovationledger.query.achievement.AchievementHistory.Entry;
import org.innovationledger.query.store.RecordDocuments;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.max;
import static com.mongodb.client.model.Updates.set;

/**
 * The {@code achievement_history} collection (成果事务记录): one document per achievement, its steps under
 * {@code entries.<sequence number>}. Writing an entry sets it whole under its own key and raises {@code version}
 * to at least its sequence number, so a redelivered or late event writes the same thing again and changes nothing.
 */
@Component
class AchievementHistories {

    static final String COLLECTION = "achievement_history";
    private static final String ENTRIES = "entries";
    private static final String VERSION = "version";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> collection;

    AchievementHistories(MongoDatabase ledgerDatabase) {
        this.collection = ledgerDatabase.getCollection(COLLECTION);
    }

    void record(AchievementEvent event, long sequence, Instant recordedAt, String userId, String correlationId,
                String eventId) {
        AchievementStep step = AchievementStep.of(event);
        Document facts = RecordDocuments.toDocument((Record) event);
        facts.remove("achievementId");
        Document dates = new Document();
        facts.forEach((name, value) -> {
            if (value instanceof String text && isDateField(event, name)) {
                dates.append(name, text);
            }
        });
        Document entry = new Document("sequence", sequence)
                .append("step", step.name())
                .append("eventType", event.getClass().getSimpleName())
                .append("on", AchievementDocuments.date(step.dateOf(event)))
                .append("dates", dates)
                .append("facts", facts)
                .append("userId", userId)
                .append("correlationId", correlationId)
                .append("recordedAt", recordedAt == null ? null : Date.from(recordedAt))
                .append("eventId", eventId);
        collection.updateOne(eq("_id", event.achievementId()),
                             combine(set(ENTRIES + "." + sequence, entry), max(VERSION, sequence)), UPSERT);
    }

    Optional<Document> find(String achievementId) {
        return Optional.ofNullable(collection.find(eq("_id", achievementId)).first());
    }

    void drop() {
        collection.drop();
    }

    static long version(Document history) {
        return history.getLong(VERSION);
    }

    static AchievementHistory read(Document history) {
        Document entries = history.get(ENTRIES, Document.class);
        return new AchievementHistory(history.getString("_id"), entries.values().stream()
                .map(Document.class::cast)
                .sorted(Comparator.comparingLong(entry -> entry.getLong("sequence")))
                .map(AchievementHistories::entry)
                .toList(), version(history));
    }

    @SuppressWarnings("unchecked")
    private static Entry entry(Document stored) {
        AchievementStep step = AchievementStep.valueOf(stored.getString("step"));
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        stored.get("dates", Document.class).forEach((name, iso) -> dates.put(name, LocalDate.parse((String) iso)));
        Date recordedAt = stored.getDate("recordedAt");
        String on = stored.getString("on");
        return new Entry(stored.getLong("sequence"), step, step.english(), step.chinese(),
                         stored.getString("eventType"), on == null ? null : LocalDate.parse(on), dates,
                         (Map<String, Object>) RecordDocuments.toJson(stored.get("facts", Document.class)),
                         stored.getString("userId"), stored.getString("correlationId"),
                         recordedAt == null ? null : recordedAt.toInstant(), stored.getString("eventId"));
    }

    private static boolean isDateField(AchievementEvent event, String name) {
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getType() == LocalDate.class;
            }
        }
        return false;
    }
}
