package org.innovationledger.query.studio;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
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

    private final MongoCollection<Document> collection;
    private volatile boolean indexed;

    StudioViews(MongoDatabase ledgerDatabase) {
        this.collection = ledgerDatabase.getCollection(COLLECTION);
    }

    Optional<Document> findRegistered(String studioId) {
        return Optional.ofNullable(collection.find(eq(ID, studioId)).first()).filter(StudioDocuments::isRegistered);
    }

    /** Applies one of the studio's own events, unless the view already holds that sequence number or a later one. */
    void apply(String studioId, long sequence, Consumer<StudioView> change) {
        ensureIndexes();
        Document stored = collection.find(eq(ID, studioId)).first();
        StudioView studio = stored == null ? new StudioView(studioId) : StudioDocuments.view(stored);
        if (sequence <= studio.version) {
            return;
        }
        change.accept(studio);
        studio.version = sequence;
        collection.updateOne(eq(ID, studioId), new Document("$set", studioPart(studio)), UPSERT);
    }

    /**
     * Applies an alliance's event to the studio's membership of that alliance, unless that membership already
     * holds the alliance's sequence number or a later one. Touches no field the studio's own events write.
     */
    void applyAllianceChange(String studioId, String allianceId, long allianceSequence, Bson update) {
        ensureIndexes();
        Document stored = collection.find(eq(ID, studioId)).first();
        if (allianceSequence <= AllianceMembership.appliedSequence(stored, allianceId)) {
            return;
        }
        collection.updateOne(eq(ID, studioId), update, UPSERT);
    }

    List<Document> findSummaries(Bson filter, Bson sort, int skip, int limit) {
        return collection.find(filter).projection(Projections.include(summaryFields())).sort(sort).skip(skip)
                         .limit(limit).into(new ArrayList<>());
    }

    long count(Bson filter) {
        return collection.countDocuments(filter);
    }

    synchronized void drop() {
        collection.drop();
        indexed = false;
    }

    /**
     * Indexes for the list's filters and sort keys; a real MongoDB uses them, the embedded store ignores them.
     * Every writer waits until they exist: the embedded store fails a write that races with an index build on the
     * same collection.
     */
    private void ensureIndexes() {
        if (!indexed) {
            createIndexes();
        }
    }

    private synchronized void createIndexes() {
        if (!indexed) {
            for (String field : List.of(NAME, KIND, LEVEL_RANK, STATUS, REGION_CODE, FOUNDED_ON, REGISTERED_AT,
                                        MEMBER_COUNT, ALLIANCE_IDS)) {
                collection.createIndex(Indexes.ascending(field));
            }
            indexed = true;
        }
    }
}
