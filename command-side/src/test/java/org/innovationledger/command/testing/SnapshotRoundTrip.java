package org.innovationledger.command.testing;

import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.innovationledger.eventstore.LedgerSerializers;

/**
 * Takes a snapshot the way Axon's snapshotter does and sends it through the snapshot serializer, to prove that an
 * aggregate's state survives being stored as JSON.
 */
public final class SnapshotRoundTrip {

    private static final JacksonSerializer SERIALIZER = LedgerSerializers.snapshots();

    private SnapshotRoundTrip() {
    }

    /** The aggregate that the snapshotter builds from the given history, as it would be stored. */
    public static <T> T snapshotOf(Class<T> aggregateType, String aggregateId, Object... history) {
        EmbeddedEventStore eventStore = InMemoryHistory.of(aggregateType, aggregateId, history);
        try {
            AggregateSnapshotter.builder()
                                .eventStore(eventStore)
                                .aggregateFactories(new GenericAggregateFactory<>(aggregateType))
                                .build()
                                .scheduleSnapshot(aggregateType, aggregateId);
            Object snapshot = eventStore.readEvents(aggregateId).asStream()
                                        .filter(event -> aggregateType.isInstance(event.getPayload()))
                                        .findFirst()
                                        .orElseThrow(() -> new AssertionError("no snapshot was taken; see the log"))
                                        .getPayload();
            return aggregateType.cast(snapshot);
        } finally {
            eventStore.shutDown();
        }
    }

    public static String toJson(Object aggregate) {
        return SERIALIZER.serialize(aggregate, String.class).getData();
    }

    public static <T> T fromJson(String json, Class<T> aggregateType) {
        return SERIALIZER.deserialize(new SimpleSerializedObject<>(json, String.class, aggregateType.getName(), null));
    }
}
