package org.innovationledger.command.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 backend with one change: unique indexes keep their keys with {@link KeyValueType}
 * instead of H2's Java-serializing default (see ADR 0002). Documents are stored exactly as the library stores them.
 */
final class FastKeyH2Backend extends H2Backend {

    FastKeyH2Backend(MVStore mvStore) {
        super(mvStore);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /** An inner class: the store is reachable while the library's constructor opens the existing indexes. */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVMap<KeyValue, Object> map = getMvStore().openMap(
                    getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                    new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
            return new UniqueKeyIndex(map, indexName, keys, sparse);
        }
    }
}
