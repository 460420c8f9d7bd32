package org.innovationledger.query.patent;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.innovationledger.api.patent.PatentEvent;
import org.innovationledger.query.patent.PatentHistory.Entry;
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
 * The {@code patent_history} collection (专利事务记录): one document per patent, its steps under
 * {@code entries.<sequence number>}. Writing an entry sets it whole under its own key and raises {@code version}
 * to at least its sequence number, so a redelivered or late event writes the same thing again and changes nothing.
 */
@Component
class PatentHistories {

    static final String COLLECTION = "patent_history";
    private static final String ENTRIES = "entries";
    private static final String VERSION = "version";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> collection;

    PatentHistories(MongoDatabase ledgerDatabase) {
        this.collection = ledgerDatabase.getCollection(COLLECTION);
    }

    void record(PatentEvent event, long sequence, Instant recordedAt, String userId, String correlationId,
                String eventId) {
        PatentStep step = PatentStep.of(event);
        Document facts = RecordDocuments.toDocument((Record) event);
        facts.remove("patentId");
        Document dates = new Document();
        facts.forEach((name, value) -> {
            if (value instanceof String text && isDateField(event, name)) {
                dates.append(name, text);
            }
        });
        Document entry = new Document("sequence", sequence)
                .append("step", step.name())
                .append("eventType", event.getClass().getSimpleName())
                .append("on", PatentDocuments.date(step.dateOf(event)))
                .append("dates", dates)
                .append("facts", facts)
                .append("userId", userId)
                .append("correlationId", correlationId)
                .append("recordedAt", recordedAt == null ? null : Date.from(recordedAt))
                .append("eventId", eventId);
        collection.updateOne(eq("_id", event.patentId()),
                             combine(set(ENTRIES + "." + sequence, entry), max(VERSION, sequence)), UPSERT);
    }

    Optional<Document> find(String patentId) {
        return Optional.ofNullable(collection.find(eq("_id", patentId)).first());
    }

    void drop() {
        collection.drop();
    }

    static long version(Document history) {
        return history.getLong(VERSION);
    }

    static PatentHistory read(Document history) {
        Document entries = history.get(ENTRIES, Document.class);
        return new PatentHistory(history.getString("_id"), entries.values().stream()
                .map(Document.class::cast)
                .sorted(Comparator.comparingLong(entry -> entry.getLong("sequence")))
                .map(PatentHistories::entry)
                .toList(), version(history));
    }

    @SuppressWarnings("unchecked")
    private static Entry entry(Document stored) {
        PatentStep step = PatentStep.valueOf(stored.getString("step"));
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        stored.get("dates", Document.class).forEach((name, iso) -> dates.put(name, LocalDate.parse((String) iso)));
        Date recordedAt = stored.getDate("recordedAt");
        return new Entry(stored.getLong("sequence"), step, step.english(), step.chinese(),
                         stored.getString("eventType"), PatentDocuments.date(stored, "on"), dates,
                         (Map<String, Object>) RecordDocuments.toJson(stored.get("facts", Document.class)),
                         stored.getString("userId"), stored.getString("correlationId"),
                         recordedAt == null ? null : recordedAt.toInstant(), stored.getString("eventId"));
    }

    private static boolean isDateField(PatentEvent event, String name) {
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getType() == LocalDate.class;
            }
        }
        return false;
    }
}
