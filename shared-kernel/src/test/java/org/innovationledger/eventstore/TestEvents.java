package org.innovationledger.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Events for the contract suite: a tiny payload that says which aggregate and sequence it belongs to. */
final class TestEvents {

    record Happened(String aggregateId, long sequence, String note) {
    }

    private TestEvents() {
    }

    static DomainEventMessage<Happened> event(String aggregateId, long sequence) {
        return event(aggregateId, sequence, MetaData.emptyInstance());
    }

    static DomainEventMessage<Happened> event(String aggregateId, long sequence, Map<String, ?> metaData) {
        return new GenericDomainEventMessage<>("Thing", aggregateId, sequence,
                                               new Happened(aggregateId, sequence, "note " + sequence),
                                               MetaData.from(metaData));
    }

    /** {@code count} consecutive events of one aggregate starting at {@code first}: one commit. */
    static List<DomainEventMessage<?>> commit(String aggregateId, long first, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(aggregateId, first + i));
        }
        return events;
    }
}
