package org.innovationledger.query.studio;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.innovationledger.query.store.ViewBatch;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;

/**
 * The names of alliances (联盟名称) as the studio projection learnt them from {@code AllianceFounded}, so that a
 * later {@code StudioJoinedAlliance} — which carries no name — can show one on the studio. Alliances are never
 * renamed, so the name is copied once. Kept by the studio projection itself, so that its replay depends on no
 * other projection's progress.
 */
@Component
class AllianceNames {

    static final String COLLECTION = "studio_alliance_names";

    private final MongoCollection<Document> collection;

    AllianceNames(MongoDatabase ledgerDatabase) {
        this.collection = ledgerDatabase.getCollection(COLLECTION);
    }

    void remember(String allianceId, String name) {
        ViewBatch.with(this, Batch::new, batch -> batch.names.put(allianceId, name));
    }

    /** The name as remembered, in this batch of events or before it. */
    String nameOf(String allianceId) {
        Batch batch = ViewBatch.existing(this);
        if (batch != null && batch.names.containsKey(allianceId)) {
            return batch.names.get(allianceId);
        }
        Document alliance = collection.find(eq("_id", allianceId)).first();
        return alliance == null ? null : alliance.getString("name");
    }

    /** A batch's names, written at once. */
    private final class Batch implements ViewBatch.Pending {

        private final Map<String, String> names = new LinkedHashMap<>();

        @Override
        public int order() {
            return ViewBatch.SIDE_COLLECTIONS;
        }

        @Override
        public void flush() {
            List<WriteModel<Document>> writes = new ArrayList<>();
            names.forEach((allianceId, name) -> writes.add(new ReplaceOneModel<>(
                    eq("_id", allianceId), new Document("_id", allianceId).append("name", name),
                    new ReplaceOptions().upsert(true))));
            if (!writes.isEmpty()) {
                collection.bulkWrite(writes);
            }
        }
    }

    void drop() {
        collection.drop();
    }
}
