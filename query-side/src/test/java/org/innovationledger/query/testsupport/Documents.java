package org.innovationledger.query.testsupport;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every document of some collections, in {@code _id} order: to compare whole states of a read model. */
public final class Documents {

    private Documents() {
    }

    public static Map<String, List<Document>> of(MongoDatabase database, String... collections) {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        for (String collection : collections) {
            all.put(collection, database.getCollection(collection).find().sort(Sorts.ascending("_id"))
                                        .into(new ArrayList<>()));
        }
        return all;
    }
}
