package org.innovationledger.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * What a read model of a studio's records (its patents, its achievements) knows of the studios, in a collection of
 * its own: one document per studio with its name, enterprise and region as {@code StudioRegistered} and
 * {@code StudioProfileUpdated} last said — guarded by the studio's sequence number — and the ids of its records.
 * Kept by the read model's own processor, so that its replay depends on no other projection's progress (ADR 0005).
 *
 * <p>Each record's view shows its studio's current name, enterprise and region. Studio events and the records' events
 * are projected by different segments at the same time, so both sides copy:
 * <ul>
 *     <li>a studio's event updates the studio's entry, then writes it into every record listed there;</li>
 *     <li>a new record is first listed under its studio, then the studio's entry is copied into it, and copied again
 *     until the entry copied is still the latest.</li>
 * </ul>
 * Whichever runs first, the record ends with the studio's latest entry: a studio event either finds the record
 * listed, or was written before the new record read the entry.
 */
public final class StudioCopies {

    private static final String VERSION = "version";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    /** More rounds than this would need a studio renamed faster than a record is written. */
    private static final int MAX_COPY_ROUNDS = 20;

    private final MongoCollection<Document> collection;
    private final String recordIds;
    private final BiConsumer<String, Document> showStudio;

    /**
     * @param recordIds  the field listing a studio's records, e.g. {@code patentIds}
     * @param showStudio writes the studio ({@code name}, {@code hostEnterprise}, {@code regionCode}) into the view
     *                   of the record with the given id, if that view exists, touching none of its other fields
     */
    public StudioCopies(MongoDatabase database, String collectionName, String recordIds,
                        BiConsumer<String, Document> showStudio) {
        this.collection = database.getCollection(collectionName);
        this.recordIds = recordIds;
        this.showStudio = showStudio;
    }

    /**
     * Records the studio's name, enterprise and region unless its entry already holds this sequence number or a
     * later one, then shows the entry on every record of the studio (again, after a redelivery: harmless).
     */
    public void describe(String studioId, long sequence, String name, String hostEnterprise, String regionCode) {
        Document stored = find(studioId);
        if (stored == null || stored.get(VERSION) == null || sequence > stored.getLong(VERSION)) {
            collection.updateOne(eq("_id", studioId), combine(set(VERSION, sequence), set("name", name),
                                                              set("hostEnterprise", hostEnterprise),
                                                              set("regionCode", regionCode)), UPSERT);
        }
        Document entry = find(studioId);
        List<String> ids = entry.getList(recordIds, String.class);
        if (ids != null) {
            ids.forEach(recordId -> showStudio.accept(recordId, shown(entry)));
        }
    }

    /** Lists a new record under its studio and shows the studio on it (see the class comment for the order). */
    public void attach(String studioId, String recordId) {
        if (studioId == null) {
            return;
        }
        collection.updateOne(eq("_id", studioId), addToSet(recordIds, recordId), UPSERT);
        Document entry = find(studioId);
        for (int round = 0; round < MAX_COPY_ROUNDS && entry.get(VERSION) != null; round++) {
            showStudio.accept(recordId, shown(entry));
            Document latest = find(studioId);
            if (Objects.equals(latest.get(VERSION), entry.get(VERSION))) {
                return;
            }
            entry = latest;
        }
    }

    /** The studios known, by id, as the views show them; an unknown studio is absent from the map. */
    public Map<String, Document> shownOf(Collection<String> studioIds) {
        Map<String, Document> studios = new HashMap<>();
        if (!studioIds.isEmpty()) {
            collection.find(Filters.in("_id", Set.copyOf(studioIds))).into(new ArrayList<>()).stream()
                      .filter(entry -> entry.get(VERSION) != null)
                      .forEach(entry -> studios.put(entry.getString("_id"), shown(entry)));
        }
        return studios;
    }

    public void drop() {
        collection.drop();
    }

    private Document find(String studioId) {
        return collection.find(eq("_id", studioId)).first();
    }

    /** The studio as a record's view shows it. */
    private static Document shown(Document entry) {
        return new Document("name", entry.getString("name")).append("hostEnterprise", entry.getString("hostEnterprise"))
                                                            .append("regionCode", entry.getString("regionCode"));
    }
}
