package org.innovationledger.query.studio;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.innovationledger.query.store.IndexedCollection;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;
import static org.innovationledger.query.studio.StudioDocuments.*;

/**
 * The {@code studio_views} collection (工作室视图): one document per studio. The projection finds a document by
 * {@code _id} alone, decides in Java whether an event is new, and writes by {@code _id} alone — the only lookup the
 * embedded store serves from an index.
 */
@Component
class StudioViews {

    static final String COLLECTION = "studio_views";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final IndexedCollection collection;

    StudioViews(MongoDatabase ledgerDatabase) {
        this.collection = new IndexedCollection(ledgerDatabase, COLLECTION, List.of(
                NAME, KIND, LEVEL_RANK, STATUS, REGION_CODE, FOUNDED_ON, REGISTERED_AT, MEMBER_COUNT, ALLIANCE_IDS));
    }

    Optional<Document> findRegistered(String studioId) {
        return Optional.ofNullable(collection.reading().find(eq(ID, studioId)).first())
                       .filter(StudioDocuments::isRegistered);
    }

    /** Applies one of the studio's own events, unless the view already holds that sequence number or a later one. */
    void apply(String studioId, long sequence, Consumer<StudioView> change) {
        Document stored = collection.writing().find(eq(ID, studioId)).first();
        StudioView studio = stored == null ? new StudioView(studioId) : StudioDocuments.view(stored);
        if (sequence <= studio.version) {
            return;
        }
        change.accept(studio);
        studio.version = sequence;
        collection.writing().updateOne(eq(ID, studioId), new Document("$set", studioPart(studio)), UPSERT);
    }

    /**
     * Applies an alliance's event to the studio's membership of that alliance, unless that membership already
     * holds the alliance's sequence number or a later one. Touches no field the studio's own events write.
     */
    void applyAllianceChange(String studioId, String allianceId, long allianceSequence, Bson update) {
        Document stored = collection.writing().find(eq(ID, studioId)).first();
        if (allianceSequence <= AllianceMembership.appliedSequence(stored, allianceId)) {
            return;
        }
        collection.writing().updateOne(eq(ID, studioId), update, UPSERT);
    }

    List<Document> findSummaries(Bson filter, Bson sort, int skip, int limit) {
        return collection.reading().find(filter).projection(Projections.include(summaryFields())).sort(sort)
                         .skip(skip).limit(limit).into(new ArrayList<>());
    }

    long count(Bson filter) {
        return collection.reading().countDocuments(filter);
    }

    void drop() {
        collection.drop();
    }
}
