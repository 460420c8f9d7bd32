package org.innovationledger.query.patent;

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
import static com.mongodb.client.model.Updates.set;
import static org.innovationledger.query.patent.PatentDocuments.*;

/**
 * The {@code patent_views} collection (专利视图): one document per patent. The projection finds a document by
 * {@code _id} alone, decides in Java whether an event is new, and writes by {@code _id} alone — the only lookup the
 * embedded store serves from an index.
 */
@Component
class PatentViews {

    static final String COLLECTION = "patent_views";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final IndexedCollection collection;

    PatentViews(MongoDatabase ledgerDatabase) {
        this.collection = new IndexedCollection(ledgerDatabase, COLLECTION, List.of(
                STUDIO_ID, STUDIO_ENTERPRISE, STUDIO_REGION, TYPE, STATUS, FILED_ON, FILED_YEAR, GRANTED_ON,
                GRANTED_YEAR, TITLE, APPLICATION_NUMBER));
    }

    Optional<Document> findFiled(String patentId) {
        return Optional.ofNullable(collection.reading().find(eq(ID, patentId)).first())
                       .filter(PatentDocuments::isFiled);
    }

    /** Applies one of the patent's own events, unless the view already holds that sequence number or a later one. */
    void apply(String patentId, long sequence, Consumer<PatentView> change) {
        Document stored = collection.writing().find(eq(ID, patentId)).first();
        PatentView patent = stored == null ? new PatentView(patentId) : PatentDocuments.view(stored);
        if (sequence <= patent.version) {
            return;
        }
        change.accept(patent);
        patent.version = sequence;
        collection.writing().updateOne(eq(ID, patentId), new Document("$set", patentPart(patent)), UPSERT);
    }

    /**
     * Writes the studio's name, enterprise and region into a patent that exists; touches no field the patent's own
     * events write.
     */
    void showStudio(String patentId, Document studio) {
        collection.writing().updateOne(eq(ID, patentId), set(STUDIO, studio));
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
