package org.innovationledger.command.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's shortcut for exact-key queries answers as mongo-java-server's own H2 backend does: the same
 * data is written to both and every query is asked of both.
 */
class KeyedH2CollectionTest {

    @TempDir
    static Path dataDir;

    private static EmbeddedStore store;
    private static MongoServer plainServer;
    private static MongoClient ours;
    private static MongoClient plain;

    @BeforeAll
    static void writeTheSameDataToBoth() {
        store = EmbeddedStore.start(dataDir, "127.0.0.1", 0);
        ours = MongoClients.create(store.connectionString("test"));
        plainServer = new MongoServer(new H2Backend(MVStore.open(null)));
        plain = MongoClients.create("mongodb://127.0.0.1:" + plainServer.bind().getPort());
        for (MongoClient client : List.of(ours, plain)) {
            MongoCollection<Document> things = things(client);
            things.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            things.createIndex(Indexes.ascending("ref"), new IndexOptions().unique(true).sparse(true));
            things.insertMany(List.of(
                    new Document("_id", 1L).append("key", "a").append("ref", 10),
                    new Document("_id", 2).append("key", "b").append("ref", 20L),
                    new Document("_id", "three").append("key", "c").append("ref", 30.0),
                    new Document("_id", 4L).append("key", "d"),
                    new Document("_id", 5.0).append("key", 5L),
                    new Document("_id", new Document("nested", 1)).append("key", List.of("x", "y"))));
            things.updateOne(Filters.eq("_id", 1L), Updates.set("note", "更新"));
            things.updateOne(Filters.eq("_id", "new"), Updates.set("key", "n"), new UpdateOptions().upsert(true));
        }
    }

    @AfterAll
    static void close() {
        ours.close();
        plain.close();
        plainServer.shutdownNow();
        store.close();
    }

    private static MongoCollection<Document> things(MongoClient client) {
        return client.getDatabase("test").getCollection("things");
    }

    private List<Document> found(MongoClient client, Bson filter, int skip, int limit) {
        return things(client).find(filter).skip(skip).limit(limit).into(new ArrayList<>());
    }

    @Test
    void exactKeyQueriesFindWhatTheLibraryFinds() {
        List<Bson> filters = List.of(
                Filters.eq("_id", 1L), Filters.eq("_id", 1), Filters.eq("_id", 2L), Filters.eq("_id", "three"),
                Filters.eq("_id", 5L), Filters.eq("_id", 5), Filters.eq("_id", "missing"), Filters.eq("_id", "new"),
                Filters.in("_id", List.of(1L, 2, "three", 4, 99L, "missing", 1L)),
                Filters.in("_id", List.of(5, 5L)), Filters.in("_id", List.of()),
                Filters.in("_id", Arrays.asList(1L, null)),
                Filters.eq("key", "c"), Filters.eq("key", 5), Filters.eq("key", "x"),
                Filters.in("key", List.of("a", "b", "zz", "y")),
                Filters.eq("ref", 10L), Filters.eq("ref", 20), Filters.eq("ref", 30), Filters.in("ref", List.of(10, 20, 30)),
                Filters.and(Filters.in("_id", List.of(1L, 2L)), Filters.eq("key", "a")));
        for (Bson filter : filters) {
            for (int[] window : new int[][]{{0, 0}, {1, 0}, {0, 2}, {1, 1}}) {
                assertThat(found(ours, filter, window[0], window[1]))
                        .as("%s, skip %d, limit %d", filter, window[0], window[1])
                        .containsExactlyInAnyOrderElementsOf(found(plain, filter, window[0], window[1]));
            }
        }
    }

    @Test
    void updatesByKeyChangeWhatTheLibraryChanges() {
        for (MongoClient client : List.of(ours, plain)) {
            things(client).updateOne(Filters.eq("_id", 2L), Updates.set("seen", true));
            things(client).updateMany(Filters.in("_id", List.of(4, 5)), Updates.inc("n", 1));
        }
        assertThat(found(ours, Filters.empty(), 0, 0)).containsExactlyInAnyOrderElementsOf(found(plain, Filters.empty(), 0, 0));
    }

    @Test
    void statisticsStillGiveTheDataSize() {
        Map<String, Object> stats = ours.getDatabase("test").runCommand(new Document("collStats", "things"));
        Map<String, Object> expected = plain.getDatabase("test").runCommand(new Document("collStats", "things"));
        assertThat(((Number) stats.get("size")).longValue()).isPositive()
                                                            .isEqualTo(((Number) expected.get("size")).longValue());
    }
}
