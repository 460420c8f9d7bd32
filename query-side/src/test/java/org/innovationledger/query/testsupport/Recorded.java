package org.innovationledger.query.testsupport;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.innovationledger.api.alliance.AllianceEvent;
import org.innovationledger.api.studio.StudioEvent;

import java.time.Instant;
import java.util.UUID;

/** An event as the event store hands it to a projection: its aggregate, sequence number and timestamp. */
public record Recorded(String aggregateType, String aggregateId, long sequence, Instant timestamp, Object payload) {

    public static Recorded of(Object payload, long sequence, Instant timestamp) {
        if (payload instanceof StudioEvent event) {
            return new Recorded("Studio", event.studioId(), sequence, timestamp, payload);
        }
        if (payload instanceof AllianceEvent event) {
            return new Recorded("Alliance", event.allianceId(), sequence, timestamp, payload);
        }
        throw new IllegalArgumentException("not a studio or alliance event: " + payload);
    }

    public DomainEventMessage<?> message() {
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, MetaData.emptyInstance(),
                                               UUID.randomUUID().toString(), timestamp);
    }
}
