package org.innovationledger.query.patent;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.innovationledger.api.patent.PatentEvent;
import org.innovationledger.query.store.IndexedCollection;
import org.innovationledger.query.store.VersionedViews;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;
import static org.innovationledger.query.patent.PatentDocuments.*;

/**
 * The {@code patent_views} collection (专利视图): one document per patent. The projection finds a document by
 * {@code _id} alone, decides in Java whether an event is new, and writes by {@code _id} alone — the only lookup the
 * embedded store serves from an index.
 */
@Component
class PatentViews {

    static final String COLLECTION = "patent_views";

    private final IndexedCollection collection;
    private final VersionedViews<PatentView> views;

    PatentViews(MongoDatabase ledgerDatabase) {
        this.collection = new IndexedCollection(ledgerDatabase, COLLECTION, List.of(
                STUDIO_ID, STUDIO_ENTERPRISE, STUDIO_REGION, TYPE, STATUS, FILED_ON, FILED_YEAR, GRANTED_ON,
                GRANTED_YEAR, TITLE, APPLICATION_NUMBER));
        this.views = new VersionedViews<>(collection::writing, PatentViews::patentOf, VersionedViews.mapping(
                PatentView::new, PatentDocuments::view, PatentDocuments::patentPart));
    }

    /** The collection written to by the projection and its studio copies (its indexes exist). */
    MongoCollection<Document> writing() {
        return collection.writing();
    }

    private static List<String> patentOf(Object payload) {
        return payload instanceof PatentEvent event ? List.of(event.patentId()) : List.of();
    }

    Optional<Document> findFiled(String patentId) {
        return Optional.ofNullable(collection.reading().find(eq(ID, patentId)).first())
                       .filter(PatentDocuments::isFiled);
    }

    /** Applies one of the patent's own events, unless the view already holds that sequence number or a later one. */
    void apply(String patentId, long sequence, Consumer<PatentView> change) {
        views.apply(patentId, sequence, change);
    }

    List<Document> findSummaries(Bson filter, Bson sort, int skip, int limit) {
        return collection.reading().find(filter).projection(Projections.include(summaryFields())).sort(sort)
                         .skip(skip).limit(limit).into(new ArrayList<>());
    }

    List<Document> findAll(Bson filter) {
        return collection.reading().find(filter).into(new ArrayList<>());
    }

    long count(Bson filter) {
        return collection.reading().countDocuments(filter);
    }

    List<Document> aggregate(List<Bson> pipeline) {
        return collection.reading().aggregate(pipeline).into(new ArrayList<>());
    }

    void drop() {
        collection.drop();
    }
}
