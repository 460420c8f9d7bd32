package org.innovationledger.query.patent;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.innovationledger.query.patent.PatentDetail.StudioRef;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * What the patent projection knows of studios (专利所属工作室), in {@code patent_studios}: one document per studio with
 * its name, enterprise and region as {@code StudioRegistered} and {@code StudioProfileUpdated} last said — guarded
 * by the studio's sequence number — and the ids of its patents. Kept by the patent projection itself, so that its
 * replay depends on no other projection's progress (ADR 0005).
 *
 * <p>Each patent view shows its studio's current name, enterprise and region (so the portfolio filters and counts
 * by enterprise and region in one query). Studio events and patent events are projected by different segments at
 * the same time, so both sides copy:
 * <ul>
 *     <li>a studio's event updates the studio's entry, then writes it into every patent listed there;</li>
 *     <li>a filing first lists the patent under its studio, then copies the studio's entry into the patent, and
 *     copies again until the entry it copied is still the latest.</li>
 * </ul>
 * Whichever runs first, the patent ends with the studio's latest entry: a studio event either finds the patent
 * listed, or was written before the filing read the entry.
 */
@Component
class PatentStudios {

    static final String COLLECTION = "patent_studios";
    private static final String VERSION = "version";
    private static final String PATENT_IDS = "patentIds";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    /** More rounds than this would need a studio renamed faster than a patent is written. */
    private static final int MAX_COPY_ROUNDS = 20;

    private final MongoCollection<Document> collection;
    private final PatentViews patents;

    PatentStudios(MongoDatabase ledgerDatabase, PatentViews patents) {
        this.collection = ledgerDatabase.getCollection(COLLECTION);
        this.patents = patents;
    }

    /**
     * Records the studio's name, enterprise and region unless its entry already holds this sequence number or a
     * later one, then shows the entry on every patent of the studio (again, after a redelivery: harmless).
     */
    void describe(String studioId, long sequence, String name, String hostEnterprise, String regionCode) {
        Document stored = find(studioId);
        if (stored == null || stored.get(VERSION) == null || sequence > stored.getLong(VERSION)) {
            collection.updateOne(eq("_id", studioId), combine(set(VERSION, sequence), set("name", name),
                                                              set("hostEnterprise", hostEnterprise),
                                                              set("regionCode", regionCode)), UPSERT);
        }
        Document entry = find(studioId);
        List<String> patentIds = entry.getList(PATENT_IDS, String.class);
        if (patentIds != null) {
            patentIds.forEach(patentId -> patents.showStudio(patentId, shown(entry)));
        }
    }

    /** Lists a filed patent under its studio and shows the studio on it (see the class comment for the order). */
    void attach(String studioId, String patentId) {
        if (studioId == null) {
            return;
        }
        collection.updateOne(eq("_id", studioId), addToSet(PATENT_IDS, patentId), UPSERT);
        Document entry = find(studioId);
        for (int round = 0; round < MAX_COPY_ROUNDS && entry.get(VERSION) != null; round++) {
            patents.showStudio(patentId, shown(entry));
            Document latest = find(studioId);
            if (Objects.equals(latest.get(VERSION), entry.get(VERSION))) {
                return;
            }
            entry = latest;
        }
    }

    /** The studios known, by id; an unknown studio is absent from the map. */
    Map<String, StudioRef> describedOf(Collection<String> studioIds) {
        Map<String, StudioRef> studios = new HashMap<>();
        if (studioIds.isEmpty()) {
            return studios;
        }
        collection.find(Filters.in("_id", Set.copyOf(studioIds))).into(new ArrayList<>()).stream()
                  .filter(entry -> entry.get(VERSION) != null)
                  .forEach(entry -> studios.put(entry.getString("_id"), new StudioRef(
                          entry.getString("_id"), entry.getString("name"), entry.getString("hostEnterprise"),
                          entry.getString("regionCode"))));
        return studios;
    }

    void drop() {
        collection.drop();
    }

    private Document find(String studioId) {
        return collection.find(eq("_id", studioId)).first();
    }

    /** The studio as a patent view shows it. */
    private static Document shown(Document entry) {
        return new Document("name", entry.getString("name")).append("hostEnterprise", entry.getString("hostEnterprise"))
                                                            .append("regionCode", entry.getString("regionCode"));
    }
}
