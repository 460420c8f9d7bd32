package org.innovationledger.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The stored shape of a commit: one document per commit, holding every event that one unit of work applied to one
 * aggregate. Its {@code _id} is the commit's global position; {@code streamKey} ("aggregate/firstSequenceNumber")
 * is unique, which is what makes two commits on the same aggregate version conflict.
 * <p>
 * This shape is a public contract (see docs/adr/0003): change it only together with a migration.
 */
final class CommitDocuments {

    static final String POSITION = "_id";
    static final String TIMESTAMP = "timestamp";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String FIRST_SEQ = "firstSequenceNumber";
    static final String LAST_SEQ = "lastSequenceNumber";
    static final String STREAM_KEY = "streamKey";
    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    static final String VOID = "void";
    static final String EVENTS = "events";

    private static final String EVENT_ID = "eventId";
    private static final String SEQ = "sequenceNumber";
    private static final String EVENT_TIMESTAMP = "timestamp";
    private static final String PAYLOAD_TYPE = "payloadType";
    private static final String PAYLOAD_REVISION = "payloadRevision";
    private static final String PAYLOAD = "payload";
    private static final String META_DATA = "metaData";

    private CommitDocuments() {
    }

    static String streamKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + '/' + sequenceNumber;
    }

    static Document commit(long position, Instant allocatedAt, List<? extends DomainEventMessage<?>> events,
                           String idempotencyKey, Serializer serializer) {
        DomainEventMessage<?> first = events.get(0);
        List<Document> stored = new ArrayList<>(events.size());
        for (DomainEventMessage<?> event : events) {
            stored.add(event(event, serializer));
        }
        Document commit = new Document(POSITION, position)
                .append(TIMESTAMP, Date.from(allocatedAt))
                .append(AGGREGATE_ID, first.getAggregateIdentifier())
                .append(AGGREGATE_TYPE, first.getType())
                .append(FIRST_SEQ, first.getSequenceNumber())
                .append(LAST_SEQ, events.get(events.size() - 1).getSequenceNumber())
                .append(STREAM_KEY, streamKey(first.getAggregateIdentifier(), first.getSequenceNumber()));
        if (idempotencyKey != null) {
            commit.append(IDEMPOTENCY_KEY, idempotencyKey);
        }
        return commit.append(EVENTS, stored);
    }

    /** Marks a position whose commit failed, so that trackers need not wait for it as a gap. */
    static Document voidCommit(long position, Instant at) {
        return new Document(POSITION, position).append(TIMESTAMP, Date.from(at)).append(VOID, true);
    }

    static Document snapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        return event(snapshot, serializer)
                .append(POSITION, snapshot.getAggregateIdentifier())
                .append(AGGREGATE_TYPE, snapshot.getType());
    }

    private static Document event(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        return new Document(EVENT_ID, event.getIdentifier())
                .append(SEQ, event.getSequenceNumber())
                .append(EVENT_TIMESTAMP, event.getTimestamp().toString())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData());
    }

    static boolean isVoid(Document commit) {
        return commit.getBoolean(VOID, false);
    }

    static long position(Document commit) {
        return commit.getLong(POSITION);
    }

    static long firstSeq(Document commit) {
        return commit.getLong(FIRST_SEQ);
    }

    static long lastSeq(Document commit) {
        return commit.getLong(LAST_SEQ);
    }

    static Instant timestamp(Document commit) {
        return commit.getDate(TIMESTAMP).toInstant();
    }

    static List<DomainEventData<String>> events(Document commit) {
        String aggregateType = commit.getString(AGGREGATE_TYPE);
        String aggregateId = commit.getString(AGGREGATE_ID);
        List<Document> events = commit.getList(EVENTS, Document.class);
        List<DomainEventData<String>> result = new ArrayList<>(events.size());
        for (Document event : events) {
            result.add(eventData(aggregateType, aggregateId, event));
        }
        return result;
    }

    static DomainEventData<String> snapshotData(Document snapshot) {
        return eventData(snapshot.getString(AGGREGATE_TYPE), snapshot.getString(POSITION), snapshot);
    }

    static String firstMetaData(Document commit) {
        return commit.getList(EVENTS, Document.class).get(0).getString(META_DATA);
    }

    static long snapshotSequence(Document snapshot) {
        return snapshot.getLong(SEQ);
    }

    static String snapshotSequenceField() {
        return SEQ;
    }

    private static DomainEventData<String> eventData(String aggregateType, String aggregateId, Document event) {
        return new GenericDomainEventEntry<>(aggregateType, aggregateId, event.getLong(SEQ),
                                             event.getString(EVENT_ID), event.getString(EVENT_TIMESTAMP),
                                             event.getString(PAYLOAD_TYPE), event.getString(PAYLOAD_REVISION),
                                             event.getString(PAYLOAD), event.getString(META_DATA));
    }
}
