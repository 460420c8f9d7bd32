package org.innovationledger.query.studio;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Studios' current names (工作室名称), read from {@code studio_views} by id — for other views that mention studios
 * and show their names as they are now, rather than copy them and follow every rename.
 */
@Component
public class StudioNames {

    private final MongoCollection<Document> studios;

    public StudioNames(MongoDatabase ledgerDatabase) {
        this.studios = ledgerDatabase.getCollection(StudioViews.COLLECTION);
    }

    /** The names of those of the studios that are known; an unknown studio is absent from the map. */
    public Map<String, String> of(Collection<String> studioIds) {
        Map<String, String> names = new HashMap<>();
        if (studioIds.isEmpty()) {
            return names;
        }
        studios.find(Filters.in(StudioDocuments.ID, Set.copyOf(studioIds)))
               .projection(Projections.include(StudioDocuments.NAME))
               .into(new ArrayList<>())
               .stream()
               .filter(studio -> studio.getString(StudioDocuments.NAME) != null)
               .forEach(studio -> names.put(studio.getString(StudioDocuments.ID),
                                            studio.getString(StudioDocuments.NAME)));
        return names;
    }
}
