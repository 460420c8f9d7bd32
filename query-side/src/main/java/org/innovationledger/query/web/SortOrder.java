package org.innovationledger.query.web;

import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The order of a list (排序) from its {@code sort} parameter — {@code key}, {@code key,asc} or {@code key,desc} —
 * then the id, so that pages never overlap.
 */
public final class SortOrder {

    private final Map<String, String> fieldsByKey;
    private final String defaultKey;
    private final boolean defaultAscending;
    private final String idField;

    /** @param fieldsByKey the keys a client may sort by, in the order to list them, and the stored field of each */
    public SortOrder(Map<String, String> fieldsByKey, String defaultKey, boolean defaultAscending, String idField) {
        this.fieldsByKey = new LinkedHashMap<>(fieldsByKey);
        this.defaultKey = defaultKey;
        this.defaultAscending = defaultAscending;
        this.idField = idField;
    }

    /** @throws InvalidQueryException naming {@code sort} when the key or the direction is unknown */
    public Bson parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return order(defaultKey, defaultAscending);
        }
        String[] parts = raw.split(",", -1);
        String key = parts[0].trim();
        if (!fieldsByKey.containsKey(key) || parts.length > 2) {
            throw invalid(raw);
        }
        if (parts.length == 1) {
            return order(key, true);
        }
        String direction = parts[1].trim().toLowerCase(Locale.ROOT);
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw invalid(raw);
        }
        return order(key, direction.equals("asc"));
    }

    private Bson order(String key, boolean ascending) {
        String field = fieldsByKey.get(key);
        return Sorts.orderBy(ascending ? Sorts.ascending(field) : Sorts.descending(field), Sorts.ascending(idField));
    }

    private InvalidQueryException invalid(String raw) {
        return new InvalidQueryException("sort", "sort must be one of " + String.join(", ", fieldsByKey.keySet())
                + ", optionally followed by ,asc or ,desc; got '" + raw + "'");
    }
}
