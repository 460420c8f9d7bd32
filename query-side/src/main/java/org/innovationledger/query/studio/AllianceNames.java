package org.innovationledger.query.studio;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

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
        collection.replaceOne(eq("_id", allianceId), new Document("_id", allianceId).append("name", name),
                              new ReplaceOptions().upsert(true));
    }

    String nameOf(String allianceId) {
        Document alliance = collection.find(eq("_id", allianceId)).first();
        return alliance == null ? null : alliance.getString("name");
    }

    void drop() {
        collection.drop();
    }
}
