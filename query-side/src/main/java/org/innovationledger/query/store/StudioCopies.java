package org.innovationledger.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.set;

/**
 * The studios of a read model's records copied into the records' views ({@code studio}: name, enterprise, region),
 * for a read model that filters its records by the studio in queries (patents by region). The studios themselves are
 * {@link StudioEntries}; here each entry also lists the ids of its records.
 *
 * <p>Studio events and the records' events are projected by different segments at the same time, so both sides copy:
 * <ul>
 *     <li>a studio's event updates the studio's entry, then writes it into every record listed there;</li>
 *     <li>a new record is first listed under its studio, then the studio's entry is copied into it, and copied again
 *     until the entry copied is still the latest.</li>
 * </ul>
 * Whichever runs first, the record ends with the studio's latest entry: a studio event either finds the record
 * listed, or was written before the new record read the entry. A batch of events ({@link ViewBatch}) takes each of
 * these steps once for all its studios and records, in the same order.
 */
public final class StudioCopies {

    private static final String VERSION = StudioEntries.VERSION;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    /** More rounds than this would need a studio renamed faster than a record is written. */
    private static final int MAX_COPY_ROUNDS = 20;

    private static final BulkWriteOptions ORDERED = new BulkWriteOptions().ordered(true);

    private final StudioEntries entries;
    private final String recordIds;
    private final Supplier<MongoCollection<Document>> records;

    /**
     * @param recordIds the field listing a studio's records, e.g. {@code patentIds}
     * @param records   the records' views: the studio ({@code name}, {@code hostEnterprise}, {@code regionCode}) is
     *                  written under {@code studio} into the view of a record that exists, touching none of its other
     *                  fields
     */
    public StudioCopies(MongoDatabase database, String collectionName, String recordIds,
                        Supplier<MongoCollection<Document>> records) {
        this.entries = new StudioEntries(database, collectionName);
        this.recordIds = recordIds;
        this.records = records;
    }

    /**
     * Records the studio's name, enterprise and region unless its entry already holds this sequence number or a
     * later one, then shows the entry on every record of the studio (again, after a redelivery: harmless).
     */
    public void describe(String studioId, long sequence, String name, String hostEnterprise, String regionCode) {
        ViewBatch.with(this, Batch::new, batch -> batch.describe(studioId, new StudioEntries.Description(
                sequence, name, hostEnterprise, regionCode)));
    }

    /** Lists a new record under its studio and shows the studio on it (see the class comment for the order). */
    public void attach(String studioId, String recordId) {
        if (studioId == null) {
            return;
        }
        ViewBatch.with(this, Batch::new, batch -> batch.attach(studioId, recordId));
    }

    /**
     * A batch's descriptions and attachments, written in the order the class comment asks for, each step for the
     * whole batch at once: (1) the studios' entries, (2) the records listed under their studios, (3) the entries read
     * again and shown on every record listed under a described studio and on every record attached, (4) the entries
     * of the attached records' studios read again until what was shown is still the latest.
     */
    private final class Batch implements ViewBatch.Pending {

        private final Map<String, StudioEntries.Description> described = new LinkedHashMap<>();
        private final Map<String, Set<String>> attached = new LinkedHashMap<>();

        void describe(String studioId, StudioEntries.Description description) {
            described.merge(studioId, description, (old, now) -> now.sequence() > old.sequence() ? now : old);
        }

        void attach(String studioId, String recordId) {
            attached.computeIfAbsent(studioId, id -> new LinkedHashSet<>()).add(recordId);
        }

        @Override
        public int order() {
            return ViewBatch.COPIES;
        }

        @Override
        public void flush() {
            entries.write(described);
            List<WriteModel<Document>> listings = new ArrayList<>();
            attached.forEach((studioId, ids) -> ids.forEach(
                    recordId -> listings.add(new UpdateOneModel<>(eq("_id", studioId), addToSet(recordIds, recordId),
                                                                  UPSERT))));
            write(entries.collection(), listings);

            Set<String> studios = new LinkedHashSet<>(described.keySet());
            studios.addAll(attached.keySet());
            Map<String, Document> stored = entries.entries(studios);
            List<WriteModel<Document>> copies = new ArrayList<>();
            described.keySet().forEach(studioId -> {
                Document entry = stored.get(studioId);
                List<String> ids = entry == null ? null : entry.getList(recordIds, String.class);
                if (ids != null) {
                    ids.forEach(recordId -> copies.add(show(recordId, entry)));
                }
            });
            Map<String, Object> shownVersions = new HashMap<>();
            attached.forEach((studioId, ids) -> {
                Document entry = stored.get(studioId);
                if (entry != null && entry.get(VERSION) != null) {
                    shownVersions.put(studioId, entry.get(VERSION));
                    ids.forEach(recordId -> copies.add(show(recordId, entry)));
                }
            });
            write(records.get(), copies);

            for (int round = 0; round < MAX_COPY_ROUNDS && !shownVersions.isEmpty(); round++) {
                Map<String, Document> latest = entries.entries(shownVersions.keySet());
                List<WriteModel<Document>> again = new ArrayList<>();
                for (String studioId : List.copyOf(shownVersions.keySet())) {
                    Document entry = latest.get(studioId);
                    if (Objects.equals(entry.get(VERSION), shownVersions.get(studioId))) {
                        shownVersions.remove(studioId);
                    } else {
                        shownVersions.put(studioId, entry.get(VERSION));
                        attached.get(studioId).forEach(recordId -> again.add(show(recordId, entry)));
                    }
                }
                write(records.get(), again);
            }
        }

        private WriteModel<Document> show(String recordId, Document entry) {
            return new UpdateOneModel<>(eq("_id", recordId), set("studio", StudioEntries.shown(entry)));
        }
    }

    private static void write(MongoCollection<Document> target, List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            target.bulkWrite(writes, ORDERED);
        }
    }

    /** The studios known, by id, as the views show them; an unknown studio is absent from the map. */
    public Map<String, Document> shownOf(Collection<String> studioIds) {
        return entries.shownOf(studioIds);
    }

    public void drop() {
        entries.drop();
    }
}
