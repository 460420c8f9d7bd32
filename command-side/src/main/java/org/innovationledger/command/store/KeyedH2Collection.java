package org.innovationledger.command.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * mongo-java-server's H2 collection without two costs that grow with the work, not with what it tells (ADR 0002):
 * <ul>
 *     <li><b>Exact-key reads.</b> A query that names one indexed field with a string or integer, or {@code $in} a list
 *     of them — how the ledger reads its events, loads aggregates and the views read their documents — gets its
 *     documents from the unique index. The library then tests each one against the whole query again, and for
 *     {@code $in} it walks the list for each document: a window of 2,000 ids cost 2 million comparisons. Here each
 *     document's value is looked up in a hash set of the queried ones; anything else (another type, a dotted path, a
 *     sort, a projection) goes the library's way.</li>
 *     <li><b>Data size.</b> The library BSON-encodes a document twice on every update (old and new) and once on every
 *     insert, only to keep a running total for {@code collStats}; that was 9 % of the store's time in a replay. The
 *     total is computed when asked for instead.</li>
 * </ul>
 */
final class KeyedH2Collection extends H2Collection {

    KeyedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                      MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, documents, meta, cursorRegistry);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy, int numberToSkip,
                                         int limit, int batchSize, Document fieldSelector) {
        ExactKey key = ExactKey.of(query);
        if (key == null || !isEmpty(orderBy) || !isEmpty(fieldSelector)) {
            return super.matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        List<Document> matched = new ArrayList<>();
        int skipped = 0;
        for (Object position : positions) {
            Document document = getDocument(position);
            if (document == null || !key.matches(document, this::documentMatchesQuery, query)) {
                continue;
            }
            if (skipped < numberToSkip) {
                skipped++;
                continue;
            }
            matched.add(document);
            if (limit > 0 && matched.size() == limit) {
                break;
            }
        }
        return createQueryResult(matched, batchSize);
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    /** The BSON size of every document, summed now: asked for only by statistics commands. */
    @Override
    protected int getDataSize() {
        long total = 0;
        ByteBuf buffer = Unpooled.buffer(1024);
        try {
            for (DocumentWithPosition<Object> stored : (Iterable<DocumentWithPosition<Object>>)
                    streamAllDocumentsWithPosition()::iterator) {
                buffer.clear();
                BsonEncoder.encodeDocument(stored.getDocument(), buffer);
                total += buffer.writerIndex();
            }
        } finally {
            buffer.release();
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    private static boolean isEmpty(Document document) {
        return document == null || document.isEmpty();
    }

    /** How the library tests one document against the whole query. */
    private interface QueryMatcher {
        boolean matches(Document document, Document query);
    }

    /**
     * A query of one field equal to, or {@code $in}, strings and integers; integers are compared as longs, as MongoDB
     * compares 5 and 5L equal.
     */
    private record ExactKey(String field, Set<Object> values) {

        static ExactKey of(Document query) {
            if (query.size() != 1) {
                return null;
            }
            Map.Entry<String, Object> only = query.entrySet().iterator().next();
            Object value = only.getValue();
            Set<Object> values = new HashSet<>();
            if (value instanceof Document operator) {
                if (operator.size() != 1 || !(operator.get("$in") instanceof Collection<?> listed)) {
                    return null;
                }
                for (Object listedValue : listed) {
                    Object normalized = normalized(listedValue);
                    if (normalized == null) {
                        return null;
                    }
                    values.add(normalized);
                }
            } else {
                Object normalized = normalized(value);
                if (normalized == null) {
                    return null;
                }
                values.add(normalized);
            }
            return new ExactKey(only.getKey(), values);
        }

        /** The value as compared here, or null when only the library knows how to compare it. */
        private static Object normalized(Object value) {
            if (value instanceof String || value instanceof Long) {
                return value;
            }
            if (value instanceof Integer integer) {
                return integer.longValue();
            }
            return null;
        }

        /** True when the document's value is one queried; a value of another kind is left to the library. */
        boolean matches(Document document, QueryMatcher library, Document query) {
            Object normalized = normalized(document.get(field));
            return normalized != null ? values.contains(normalized) : library.matches(document, query);
        }
    }
}
