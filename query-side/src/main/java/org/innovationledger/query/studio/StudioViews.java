package org.innovationledger.query.studio;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.innovationledger.api.alliance.AllianceFounded;
import org.innovationledger.api.alliance.StudioJoinedAlliance;
import org.innovationledger.api.alliance.StudioLeftAlliance;
import org.innovationledger.api.studio.StudioEvent;
import org.innovationledger.query.store.IndexedCollection;
import org.innovationledger.query.store.VersionedViews;
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

    private final IndexedCollection collection;
    private final VersionedViews<StudioView> views;

    StudioViews(MongoDatabase ledgerDatabase) {
        this.collection = new IndexedCollection(ledgerDatabase, COLLECTION, List.of(
                NAME, KIND, LEVEL_RANK, STATUS, REGION_CODE, FOUNDED_ON, REGISTERED_AT, MEMBER_COUNT, ALLIANCE_IDS));
        this.views = new VersionedViews<>(collection::writing, StudioViews::studiosOf, VersionedViews.sharedMapping(
                StudioView::new, StudioDocuments::view, StudioDocuments::studioPart));
    }

    /** The studios a studio's or an alliance's event touches. */
    private static List<String> studiosOf(Object payload) {
        if (payload instanceof StudioEvent event) {
            return List.of(event.studioId());
        }
        if (payload instanceof AllianceFounded event) {
            return List.of(event.leadStudioId());
        }
        if (payload instanceof StudioJoinedAlliance event) {
            return List.of(event.studioId());
        }
        if (payload instanceof StudioLeftAlliance event) {
            return List.of(event.studioId());
        }
        return List.of();
    }

    Optional<Document> findRegistered(String studioId) {
        return Optional.ofNullable(collection.reading().find(eq(ID, studioId)).first())
                       .filter(StudioDocuments::isRegistered);
    }

    /** Applies one of the studio's own events, unless the view already holds that sequence number or a later one. */
    void apply(String studioId, long sequence, Consumer<StudioView> change) {
        views.apply(studioId, sequence, change);
    }

    /**
     * Applies an alliance's event to the studio's membership of that alliance, unless that membership already
     * holds the alliance's sequence number or a later one. Touches no field the studio's own events write.
     */
    void applyAllianceChange(String studioId, String allianceId, long allianceSequence, Bson update) {
        views.update(studioId, allianceId, allianceSequence,
                     stored -> AllianceMembership.appliedSequence(stored, allianceId), update);
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
