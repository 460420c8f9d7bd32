package org.innovationledger.query.alliance;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.innovationledger.api.alliance.AllianceEvent;
import org.innovationledger.query.store.IndexedCollection;
import org.innovationledger.query.store.VersionedViews;
import org.innovationledger.query.store.VersionedViews.Mapping;
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

    private final IndexedCollection collection;
    private final VersionedViews<AllianceView> views;

    AllianceViews(MongoDatabase ledgerDatabase) {
        this.collection = new IndexedCollection(ledgerDatabase, COLLECTION, List.of(AllianceDocuments.NAME));
        this.views = new VersionedViews<>(collection::writing, AllianceViews::allianceOf, new Mapping<>() {
            @Override
            public AllianceView fresh(String id) {
                return new AllianceView(id);
            }

            @Override
            public AllianceView read(Document stored) {
                return AllianceDocuments.view(stored);
            }

            @Override
            public WriteModel<Document> write(String id, AllianceView view, Document stored) {
                return new ReplaceOneModel<>(eq(ID, id), AllianceDocuments.document(view), UPSERT);
            }
        });
    }

    private static List<String> allianceOf(Object payload) {
        return payload instanceof AllianceEvent event ? List.of(event.allianceId()) : List.of();
    }

    Optional<Document> find(String allianceId) {
        return Optional.ofNullable(collection.reading().find(eq(ID, allianceId)).first());
    }

    /** Applies one of the alliance's events, unless the view already holds that sequence number or a later one. */
    void apply(String allianceId, long sequence, Consumer<AllianceView> change) {
        views.apply(allianceId, sequence, change);
    }

    List<Document> findPage(Bson filter, Bson sort, int skip, int limit) {
        return collection.reading().find(filter).sort(sort).skip(skip).limit(limit).into(new ArrayList<>());
    }

    long count(Bson filter) {
        return collection.reading().countDocuments(filter);
    }

    void drop() {
        collection.drop();
    }
}
