package org.innovationledger.query.patent;

import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;
import org.innovationledger.query.web.InvalidQueryException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The order of the portfolio (排序): a key and a direction, then the id so that pages never overlap. */
record PatentSort(Key key, boolean ascending) {

    /** Newest filings first. */
    static final PatentSort DEFAULT = new PatentSort(Key.FILED_ON, false);

    /** What a client may sort by, and the stored field that holds it. */
    enum Key {
        FILED_ON("filedOn", PatentDocuments.FILED_ON),
        GRANTED_ON("grantedOn", PatentDocuments.GRANTED_ON),
        TERM_ENDS_ON("termEndsOn", PatentDocuments.TERM_ENDS_ON),
        TITLE("title", PatentDocuments.TITLE),
        APPLICATION_NUMBER("applicationNumber", PatentDocuments.APPLICATION_NUMBER);

        private final String parameter;
        private final String field;

        Key(String parameter, String field) {
            this.parameter = parameter;
            this.field = field;
        }
    }

    /** Reads {@code key}, {@code key,asc} or {@code key,desc}; blank means {@link #DEFAULT}. */
    static PatentSort parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT;
        }
        String[] parts = raw.split(",", -1);
        Key key = Arrays.stream(Key.values()).filter(candidate -> candidate.parameter.equals(parts[0].trim()))
                        .findFirst().orElseThrow(() -> invalid(raw));
        if (parts.length == 1) {
            return new PatentSort(key, true);
        }
        String direction = parts[1].trim().toLowerCase(Locale.ROOT);
        if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw invalid(raw);
        }
        return new PatentSort(key, direction.equals("asc"));
    }

    Bson toBson() {
        Bson first = ascending ? Sorts.ascending(key.field) : Sorts.descending(key.field);
        return Sorts.orderBy(first, Sorts.ascending(PatentDocuments.ID));
    }

    private static InvalidQueryException invalid(String raw) {
        String keys = Arrays.stream(Key.values()).map(key -> key.parameter).collect(Collectors.joining(", "));
        return new InvalidQueryException("sort", "sort must be one of " + keys + ", optionally followed by ,asc or "
                + ",desc; got '" + raw + "'");
    }
}
