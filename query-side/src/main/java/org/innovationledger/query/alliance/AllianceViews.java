package org.innovationledger.query.alliance;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;
import static org.innovationledger.query.alliance.AllianceDocuments.ID;

/**
 * The {@code alliance_views} collection (联盟视图): one document per alliance, written only by that alliance's
 * events, so it is read by {@code _id}, changed in Java and replaced whole by {@code _id}.
 */
@Component
class AllianceViews {

    static final String COLLECTION = "alliance_views";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private volatile boolean indexed;

    AllianceViews(MongoDatabase ledgerDatabase) {
        this.collection = ledgerDatabase.getCollection(COLLECTION);
    }

    Optional<Document> find(String allianceId) {
        return Optional.ofNullable(collection.find(eq(ID, allianceId)).first());
    }

    /** Applies one of the alliance's events, unless the view already holds that sequence number or a later one. */
    void apply(String allianceId, long sequence, Consumer<AllianceView> change) {
        ensureIndexes();
        AllianceView alliance = find(allianceId).map(AllianceDocuments::view)
                                                .orElseGet(() -> new AllianceView(allianceId));
        if (sequence <= alliance.version) {
            return;
        }
        change.accept(alliance);
        alliance.version = sequence;
        collection.replaceOne(eq(ID, allianceId), AllianceDocuments.document(alliance), UPSERT);
    }

    List<Document> findPage(Bson filter, Bson sort, int skip, int limit) {
        return collection.find(filter).sort(sort).skip(skip).limit(limit).into(new ArrayList<>());
    }

    long count(Bson filter) {
        return collection.countDocuments(filter);
    }

    synchronized void drop() {
        collection.drop();
        indexed = false;
    }

    /**
     * An index for the list's order; a real MongoDB uses it, the embedded store ignores it. Every writer waits until
     * it exists: the embedded store fails a write that races with an index build on the same collection.
     */
    private void ensureIndexes() {
        if (!indexed) {
            createIndexes();
        }
    }

    private synchronized void createIndexes() {
        if (!indexed) {
            collection.createIndex(Indexes.ascending(AllianceDocuments.NAME));
            indexed = true;
        }
    }
}
