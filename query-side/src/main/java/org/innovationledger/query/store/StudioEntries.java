package org.innovationledger.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * What a read model of a studio's records knows of the studios, in a collection of its own: one document per studio
 * with its name, enterprise and region as {@code StudioRegistered} and {@code StudioProfileUpdated} last said, guarded
 * by the studio's sequence number. Kept by the read model's own processor, so that its replay depends on no other
 * projection's progress (ADR 0005). A read model that shows the studio on a record's detail looks it up here when
 * the record is read; one that filters its records by the studio in queries copies it into them
 * ({@link StudioCopies}).
 */
public final class StudioEntries {

    static final String VERSION = "version";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> collection;

    public StudioEntries(MongoDatabase database, String collectionName) {
        this.collection = database.getCollection(collectionName);
    }

    /** A studio as one of its events described it. */
    record Description(long sequence, String name, String hostEnterprise, String regionCode) {
    }

    /** Records the studio's name, enterprise and region unless its entry already holds this sequence number or a later one. */
    public void describe(String studioId, long sequence, String name, String hostEnterprise, String regionCode) {
        ViewBatch.with(this, Batch::new, batch -> batch.describe(studioId, new Description(
                sequence, name, hostEnterprise, regionCode)));
    }

    /** A batch's descriptions, the latest of each studio, written at once. */
    private final class Batch implements ViewBatch.Pending {

        private final Map<String, Description> described = new LinkedHashMap<>();

        void describe(String studioId, Description description) {
            described.merge(studioId, description, (old, now) -> now.sequence() > old.sequence() ? now : old);
        }

        @Override
        public int order() {
            return ViewBatch.SIDE_COLLECTIONS;
        }

        @Override
        public void flush() {
            write(described);
        }
    }

    /** Writes each description unless the studio's entry already holds its sequence number or a later one. */
    void write(Map<String, Description> described) {
        if (described.isEmpty()) {
            return;
        }
        Map<String, Document> before = entries(described.keySet());
        List<WriteModel<Document>> writes = new ArrayList<>();
        described.forEach((studioId, description) -> {
            Document stored = before.get(studioId);
            if (stored == null || stored.get(VERSION) == null || description.sequence() > stored.getLong(VERSION)) {
                writes.add(new UpdateOneModel<>(eq("_id", studioId), combine(
                        set(VERSION, description.sequence()), set("name", description.name()),
                        set("hostEnterprise", description.hostEnterprise()),
                        set("regionCode", description.regionCode())), UPSERT));
            }
        });
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
    }

    /** The stored entries of these studios, by id (with whatever else the collection keeps in them). */
    Map<String, Document> entries(Set<String> studioIds) {
        Map<String, Document> entries = new HashMap<>();
        if (studioIds.size() == 1) {
            Document entry = collection.find(eq("_id", studioIds.iterator().next())).first();
            if (entry != null) {
                entries.put(entry.getString("_id"), entry);
            }
        } else if (!studioIds.isEmpty()) {
            collection.find(Filters.in("_id", studioIds)).forEach(entry -> entries.put(entry.getString("_id"), entry));
        }
        return entries;
    }

    /** The studios known, by id, as the views show them; an unknown studio is absent from the map. */
    public Map<String, Document> shownOf(Collection<String> studioIds) {
        Map<String, Document> studios = new HashMap<>();
        entries(Set.copyOf(studioIds)).values().stream()
                                     .filter(entry -> entry.get(VERSION) != null)
                                     .forEach(entry -> studios.put(entry.getString("_id"), shown(entry)));
        return studios;
    }

    MongoCollection<Document> collection() {
        return collection;
    }

    public void drop() {
        collection.drop();
    }

    /** The studio as a record's view shows it: name, enterprise and region. */
    static Document shown(Document entry) {
        return new Document("name", entry.getString("name")).append("hostEnterprise", entry.getString("hostEnterprise"))
                                                            .append("regionCode", entry.getString("regionCode"));
    }
}
