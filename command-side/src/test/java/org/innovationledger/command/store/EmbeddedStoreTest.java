package org.innovationledger.command.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded store keeps documents and unique indexes across a restart, with its own key and document formats. */
class EmbeddedStoreTest {

    @TempDir
    Path dataDir;

    private static MongoCollection<Document> things(MongoClient client) {
        return client.getDatabase("test").getCollection("things");
    }

    @Test
    void uniqueIndexesWorkAndSurviveARestart() {
        try (EmbeddedStore store = EmbeddedStore.start(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.connectionString("test"))) {
            MongoCollection<Document> things = things(client);
            things.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            things.createIndex(Indexes.ascending("optional"), new IndexOptions().unique(true).sparse(true));
            things.insertMany(List.of(
                    new Document("_id", 1L).append("key", "甲-1").append("optional", 7),
                    new Document("_id", "two").append("key", "乙-2"),
                    new Document("_id", 3L).append("key", "丙-3").append("optional", 2.5)));
            store.flush();
        }
        try (EmbeddedStore store = EmbeddedStore.start(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.connectionString("test"))) {
            MongoCollection<Document> things = things(client);

            assertThat(things.find(Filters.eq("key", "乙-2")).first()).containsEntry("_id", "two");
            assertThat(things.find(Filters.in("_id", List.of(1L, 3L, 99L))).into(new ArrayList<>()))
                    .hasSize(2);
            assertThat(things.find(Filters.eq("optional", 7)).first()).containsEntry("_id", 1L);
            assertThatThrownBy(() -> things.insertOne(new Document("_id", 4L).append("key", "甲-1")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                                            e -> assertThat(e.getError().getCategory())
                                                    .isEqualTo(ErrorCategory.DUPLICATE_KEY));
            assertThatThrownBy(() -> things.insertOne(new Document("_id", 3L).append("key", "new")))
                    .isInstanceOf(MongoWriteException.class);
            things.insertOne(new Document("_id", 5L).append("key", "丁-5"));
        }
    }

    /**
     * A data folder written before the store had its own document format (documents Java-serialized by H2's default
     * type) opens as it was, and documents written since are read beside the old ones.
     */
    @Test
    void aStoreWithJavaSerializedDocumentsOpensAndKeepsWorking() {
        MVStore plain = new MVStore.Builder().fileName(dataDir.resolve("ledger.mv.db").toString()).open();
        MongoServer server = new MongoServer(new EarlierBackend(plain));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            things(client).insertMany(List.of(new Document("_id", 1L).append("name", "旧格式").append("n", 1),
                                              new Document("_id", 2L).append("name", "old format")));
        } finally {
            server.shutdownNow();
            plain.close();
        }
        try (EmbeddedStore store = EmbeddedStore.start(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.connectionString("test"))) {
            MongoCollection<Document> things = things(client);
            things.updateOne(Filters.eq("_id", 1L), Updates.inc("n", 1));
            things.insertOne(new Document("_id", 3L).append("name", "新格式"));
            store.flush();
        }
        try (EmbeddedStore store = EmbeddedStore.start(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.connectionString("test"))) {
            assertThat(things(client).find().sort(Sorts.ascending("_id")).into(new ArrayList<>())).containsExactly(
                    new Document("_id", 1L).append("name", "旧格式").append("n", 2),
                    new Document("_id", 2L).append("name", "old format"),
                    new Document("_id", 3L).append("name", "新格式"));
        }
    }

    /** The backend as earlier versions had it: index keys with {@link KeyValueType}, documents as H2 keeps them. */
    private static final class EarlierBackend extends H2Backend {

        EarlierBackend(MVStore mvStore) {
            super(mvStore);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
                @Override
                protected Index<Object> openOrCreateUniqueIndex(String collection, String index, List<IndexKey> keys,
                                                                boolean sparse) {
                    return new UniqueKeyIndex(getMvStore().openMap(
                            getFullCollectionNamespace(collection) + "._index_" + index,
                            new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE)), index, keys, sparse);
                }
            };
        }
    }
}
