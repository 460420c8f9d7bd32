package org.innovationledger.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.axonframework.eventhandling.EventMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import static com.mongodb.client.model.Filters.eq;

/**
 * A view collection of one document per aggregate, each remembering the sequence number of the last of the
 * aggregate's events it applied (ADR 0005), kept a batch of events at a time ({@link ViewBatch}): the documents the
 * batch's events name are read with one {@code _id $in} query, each event is applied in Java unless its document
 * already holds its sequence number or a later one, and every changed document is written back once, by {@code _id}
 * alone ({@link Mapping#write}: inserted when new, its changed fields set when stored), in one ordered
 * {@code bulkWrite} — followed by the field-level updates other aggregates' events queued for the same documents
 * ({@link #update}). A batch's events of one aggregate come from the one segment that owns it, in order,
 * so the document read at the start of the batch is still this writer's own.
 *
 * @param <V> the view as the projection changes it
 */
public final class VersionedViews<V extends VersionedView> {

    /** How a view is created, read and written. */
    public interface Mapping<V extends VersionedView> {

        V fresh(String id);

        V read(Document stored);

        /**
         * The write of the view after the batch's events: a {@code $set} of the fields its own events decide, or a
         * replacement; null when nothing is to be written. {@code stored} is the document as the batch read it, null
         * when there was none.
         */
        WriteModel<Document> write(String id, V view, Document stored);
    }

    /**
     * The mapping of a view created by id, read from its document, and written as the fields its own events decide
     * ({@code fields}): a new view is inserted whole; a stored one gets a {@code $set} of the fields that changed,
     * leaving the fields other writers keep in the document (a studio copy) alone. Both spare the store its general
     * update path for fields that stay as they were (ADR 0005). Should another writer create the document between the
     * batch's read and its write, the insert fails, the batch is handled again and then finds the document.
     */
    public static <V extends VersionedView> Mapping<V> mapping(Function<String, V> fresh, Function<Document, V> read,
                                                           Function<V, Document> fields) {
        return mapping(fresh, read, fields, true);
    }

    /**
     * As {@link #mapping}, for views whose documents other aggregates' events may create first ({@link #update}, e.g.
     * a studio's alliance membership): a new view is written with an upserting {@code $set} of all its fields, which
     * neither fails nor overwrites what such an event wrote.
     */
    public static <V extends VersionedView> Mapping<V> sharedMapping(Function<String, V> fresh,
                                                                 Function<Document, V> read,
                                                                 Function<V, Document> fields) {
        return mapping(fresh, read, fields, false);
    }

    private static <V extends VersionedView> Mapping<V> mapping(Function<String, V> fresh, Function<Document, V> read,
                                                            Function<V, Document> fields, boolean insertNew) {
        return new Mapping<>() {
            @Override
            public V fresh(String id) {
                return fresh.apply(id);
            }

            @Override
            public V read(Document stored) {
                return read.apply(stored);
            }

            @Override
            public WriteModel<Document> write(String id, V view, Document stored) {
                Document written = fields.apply(view);
                if (stored == null) {
                    if (!insertNew) {
                        return setFields(id, written);
                    }
                    Document inserted = new Document("_id", id);
                    inserted.putAll(written);
                    return new InsertOneModel<>(inserted);
                }
                Document changed = new Document();
                written.forEach((field, value) -> {
                    if (!stored.containsKey(field) || !Objects.equals(stored.get(field), value)) {
                        changed.append(field, value);
                    }
                });
                return changed.isEmpty() ? null : setFields(id, changed);
            }
        };
    }

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions ORDERED = new BulkWriteOptions().ordered(true);

    private final Supplier<MongoCollection<Document>> collection;
    private final Function<Object, List<String>> idsOf;
    private final Mapping<V> mapping;

    /**
     * @param collection the collection to read and write (its indexes exist)
     * @param idsOf      the ids of the documents an event payload may touch here (empty for other events), so that a
     *                   batch reads them all at once
     */
    public VersionedViews(Supplier<MongoCollection<Document>> collection, Function<Object, List<String>> idsOf,
                          Mapping<V> mapping) {
        this.collection = collection;
        this.idsOf = idsOf;
        this.mapping = mapping;
    }

    /** Applies one of the aggregate's own events, unless the view holds that sequence number or a later one. */
    public void apply(String id, long sequence, Consumer<V> change) {
        ViewBatch.with(this, Batch::new, batch -> batch.apply(id, sequence, change));
    }

    /**
     * Queues a field-level update of the document {@code id} (upserted), for data another aggregate's events keep in
     * it under a guard of their own ({@code guard}, e.g. one alliance's membership of a studio): applied unless that
     * guard — as stored ({@code storedSequence} of the document, or of null when there is none) or as raised earlier
     * in the batch — holds {@code sequence} or a later one. Written after the views' own fields, touching none of them.
     */
    public void update(String id, String guard, long sequence, ToLongFunction<Document> storedSequence, Bson update) {
        ViewBatch.with(this, Batch::new, batch -> batch.update(id, guard, sequence, storedSequence, update));
    }

    private final class Batch implements ViewBatch.Pending {

        private final Map<String, Document> stored = new HashMap<>();
        private final Map<String, V> views = new HashMap<>();
        private final Set<String> changed = new LinkedHashSet<>();
        private final Map<String, Long> guards = new HashMap<>();
        private final List<WriteModel<Document>> updates = new ArrayList<>();
        private boolean prefetched;

        @Override
        public int order() {
            return ViewBatch.VIEWS;
        }

        void apply(String id, long sequence, Consumer<V> change) {
            V view = views.get(id);
            if (view == null) {
                Document document = stored(id);
                view = document == null ? mapping.fresh(id) : mapping.read(document);
                views.put(id, view);
            }
            if (sequence <= view.version()) {
                return;
            }
            change.accept(view);
            view.version(sequence);
            changed.add(id);
        }

        void update(String id, String guard, long sequence, ToLongFunction<Document> storedSequence, Bson update) {
            String key = id + '\u0000' + guard;
            Long raised = guards.get(key);
            long applied = raised != null ? raised : storedSequence.applyAsLong(stored(id));
            if (sequence <= applied) {
                return;
            }
            guards.put(key, sequence);
            updates.add(new UpdateOneModel<>(eq("_id", id), update, UPSERT));
        }

        private Document stored(String id) {
            if (!prefetched) {
                prefetched = true;
                prefetch();
            }
            if (!stored.containsKey(id)) {
                stored.put(id, collection.get().find(eq("_id", id)).first());
            }
            return stored.get(id);
        }

        private void prefetch() {
            Set<String> ids = new LinkedHashSet<>();
            for (EventMessage<?> message : ViewBatch.messages()) {
                ids.addAll(idsOf.apply(message.getPayload()));
            }
            if (ids.size() > 1) {
                ids.forEach(id -> stored.put(id, null));
                collection.get().find(Filters.in("_id", ids))
                          .forEach(document -> stored.put(document.getString("_id"), document));
            }
        }

        @Override
        public void flush() {
            List<WriteModel<Document>> writes = new ArrayList<>(changed.size() + updates.size());
            for (String id : changed) {
                WriteModel<Document> write = mapping.write(id, views.get(id), stored.get(id));
                if (write != null) {
                    writes.add(write);
                }
            }
            writes.addAll(updates);
            if (!writes.isEmpty()) {
                collection.get().bulkWrite(writes, ORDERED);
            }
        }
    }

    /** A write of the view's own fields with {@code $set}, creating the document if need be. */
    public static WriteModel<Document> setFields(String id, Document fields) {
        return new UpdateOneModel<>(eq("_id", id), new Document("$set", fields), UPSERT);
    }
}
