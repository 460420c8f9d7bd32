package org.innovationledger.command.testing;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.util.ArrayList;
import java.util.List;

/** An in-memory event store holding the history of one aggregate. Shut it down after use. */
public final class InMemoryHistory {

    private InMemoryHistory() {
    }

    public static EmbeddedEventStore of(Class<?> aggregateType, String aggregateId, Object... events) {
        EmbeddedEventStore eventStore =
                EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>(aggregateType.getSimpleName(), aggregateId,
                    messages.size(), event));
        }
        eventStore.publish(messages);
        return eventStore;
    }
}
