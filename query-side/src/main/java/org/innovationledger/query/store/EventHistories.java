package org.innovationledger.query.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static com.mongodb.client.model.Filters.eq;

/**
 * A collection of histories (事务记录): one document per record (a patent, an achievement), its steps under
 * {@code entries.<sequence number>}, each with what the event said, who, when and for which request. Writing an
 * entry sets it whole under its own key and raises {@code version} to at least its sequence number, so a
 * redelivered or late event writes the same thing again and changes nothing. A batch of events ({@link ViewBatch})
 * writes each record once: a history that starts in the batch (it holds the record's event 0) is inserted whole,
 * any other gets all its new entries in one update.
 */
public final class EventHistories {

    private static final String ENTRIES = "entries";
    private static final String VERSION = "version";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    /** Each record is written once per batch, so the writes need no order among them. */
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    /** One stored step, as read back; {@code step} is the name the read model gave it. */
    public record StoredEntry(long sequence, String step, String eventType, LocalDate on, Map<String, LocalDate> dates,
                              Map<String, Object> facts, String userId, String correlationId, Instant recordedAt,
                              String eventId) {
    }

    private final MongoCollection<Document> collection;
    private final String idField;

    /** @param idField the event field naming the record, left out of the facts (e.g. {@code patentId}) */
    public EventHistories(MongoDatabase database, String collectionName, String idField) {
        this.collection = database.getCollection(collectionName);
        this.idField = idField;
    }

    /**
     * Writes the event as a step of the record's history.
     *
     * @param on the day the step happened, or null when the event carries none of its own
     */
    public void record(String recordId, Record event, String step, LocalDate on, long sequence, Instant recordedAt,
                       String userId, String correlationId, String eventId) {
        Document facts = RecordDocuments.toDocument(event);
        facts.remove(idField);
        Document dates = new Document();
        facts.forEach((name, value) -> {
            if (value instanceof String text && isDateField(event, name)) {
                dates.append(name, text);
            }
        });
        Document entry = new Document("sequence", sequence)
                .append("step", step)
                .append("eventType", event.getClass().getSimpleName())
                .append("on", on == null ? null : on.toString())
                .append("dates", dates)
                .append("facts", facts)
                .append("userId", userId)
                .append("correlationId", correlationId)
                .append("recordedAt", recordedAt == null ? null : Date.from(recordedAt))
                .append("eventId", eventId);
        ViewBatch.with(this, Batch::new, batch -> batch.add(recordId, sequence, entry));
    }

    /**
     * A batch's entries, one write per record. A history that starts in the batch is inserted whole: the store's
     * upsert path, which applies each {@code entries.<n>} path to an empty document, was a fifth of the embedded
     * store's time in a replay (issue 6 profile), and in a replay most histories start in the batch that holds their
     * events. When such a history is stored already — the batch was written before and is delivered again — the
     * insert fails as a duplicate and its entries are set as any other's.
     */
    private final class Batch implements ViewBatch.Pending {

        private final Map<String, Document> entries = new LinkedHashMap<>();
        private final Map<String, Long> versions = new HashMap<>();

        void add(String recordId, long sequence, Document entry) {
            entries.computeIfAbsent(recordId, id -> new Document()).append(String.valueOf(sequence), entry);
            versions.merge(recordId, sequence, Math::max);
        }

        @Override
        public int order() {
            return ViewBatch.SIDE_COLLECTIONS;
        }

        @Override
        public void flush() {
            if (entries.isEmpty()) {
                return;
            }
            List<String> recordIds = List.copyOf(entries.keySet());
            List<WriteModel<Document>> writes = recordIds.stream()
                    .map(recordId -> entries.get(recordId).containsKey("0") ? insert(recordId) : update(recordId))
                    .toList();
            try {
                collection.bulkWrite(writes, UNORDERED);
            } catch (MongoBulkWriteException e) {
                List<WriteModel<Document>> again = new ArrayList<>();
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY
                            || !(writes.get(error.getIndex()) instanceof InsertOneModel<Document>)) {
                        throw e;
                    }
                    again.add(update(recordIds.get(error.getIndex())));
                }
                collection.bulkWrite(again, UNORDERED);
            }
        }

        private WriteModel<Document> insert(String recordId) {
            return new InsertOneModel<>(new Document("_id", recordId).append(ENTRIES, entries.get(recordId))
                                                                      .append(VERSION, versions.get(recordId)));
        }

        private WriteModel<Document> update(String recordId) {
            Document set = new Document();
            entries.get(recordId).forEach((sequence, entry) -> set.append(ENTRIES + "." + sequence, entry));
            return new UpdateOneModel<>(eq("_id", recordId),
                                        new Document("$set", set).append("$max", new Document(VERSION,
                                                                                              versions.get(recordId))),
                                        UPSERT);
        }
    }

    public Optional<Document> find(String recordId) {
        return Optional.ofNullable(collection.find(eq("_id", recordId)).first());
    }

    public void drop() {
        collection.drop();
    }

    public static long version(Document history) {
        return history.getLong(VERSION);
    }

    /** The steps of a stored history, oldest first, each turned into the read model's own entry. */
    public static <E> List<E> entries(Document history, Function<StoredEntry, E> entry) {
        return history.get(ENTRIES, Document.class).values().stream()
                      .map(Document.class::cast)
                      .sorted(Comparator.comparingLong(stored -> stored.getLong("sequence")))
                      .map(EventHistories::stored)
                      .map(entry)
                      .toList();
    }

    @SuppressWarnings("unchecked")
    private static StoredEntry stored(Document stored) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        stored.get("dates", Document.class).forEach((name, iso) -> dates.put(name, LocalDate.parse((String) iso)));
        Date recordedAt = stored.getDate("recordedAt");
        String on = stored.getString("on");
        return new StoredEntry(stored.getLong("sequence"), stored.getString("step"), stored.getString("eventType"),
                               on == null ? null : LocalDate.parse(on), dates,
                               (Map<String, Object>) RecordDocuments.toJson(stored.get("facts", Document.class)),
                               stored.getString("userId"), stored.getString("correlationId"),
                               recordedAt == null ? null : recordedAt.toInstant(), stored.getString("eventId"));
    }

    private static boolean isDateField(Record event, String name) {
        for (RecordDocuments.Component component : RecordDocuments.COMPONENTS.get(event.getClass())) {
            if (component.name().equals(name)) {
                return component.type() == LocalDate.class;
            }
        }
        return false;
    }
}
