package org.innovationledger.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.util.List;

/**
 * A view collection with indexes on the fields its lists filter and sort by — a real MongoDB uses them, the
 * embedded store ignores them. They are created before the first write, and again after a drop: the embedded
 * store fails a write that races with an index build on the same collection.
 */
public final class IndexedCollection {

    private final MongoCollection<Document> collection;
    private final List<String> indexedFields;
    private volatile boolean indexed;

    public IndexedCollection(MongoDatabase database, String name, List<String> indexedFields) {
        this.collection = database.getCollection(name);
        this.indexedFields = List.copyOf(indexedFields);
    }

    /** The collection, to read from. */
    public MongoCollection<Document> reading() {
        return collection;
    }

    /** The collection, to write to: its indexes exist. */
    public MongoCollection<Document> writing() {
        if (!indexed) {
            createIndexes();
        }
        return collection;
    }

    /** Drops the collection and its indexes, before a replay rebuilds it. */
    public synchronized void drop() {
        collection.drop();
        indexed = false;
    }

    private synchronized void createIndexes() {
        if (!indexed) {
            indexedFields.forEach(field -> collection.createIndex(Indexes.ascending(field)));
            indexed = true;
        }
    }
}
