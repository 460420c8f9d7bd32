package org.innovationledger.command.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded store keeps documents and unique indexes across a restart, with its own index key format. */
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
            assertThat(things.find(Filters.in("_id", List.of(1L, 3L, 99L))).into(new java.util.ArrayList<>()))
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
}
