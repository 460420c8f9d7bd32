package org.innovationledger.query.testsupport;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.innovationledger.api.achievement.AchievementEvent;
import org.innovationledger.api.alliance.AllianceEvent;
import org.innovationledger.api.common.AuditMetaData;
import org.innovationledger.api.patent.PatentEvent;
import org.innovationledger.api.studio.StudioEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Events of studios, alliances, patents and achievements as the store records them: each aggregate's events numbered from 0 in
 * the order they are added, one minute apart, with the audit meta-data (who: {@code userId}, which request:
 * {@code correlationId}) and an event id that stays the same however often the event is delivered.
 */
public final class Timeline {

    public static final Instant START = Instant.parse("2025-03-01T01:00:00Z");
    public static final String UNION_STAFF = "union-staff-01";

    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final Map<String, Long> nextSequence = new HashMap<>();
    private String userId = UNION_STAFF;

    /** The user who records the events added from now on. */
    public Timeline by(String user) {
        this.userId = user;
        return this;
    }

    public Timeline add(Object... payloads) {
        for (Object payload : payloads) {
            String type = aggregateType(payload);
            String id = aggregateId(payload);
            long sequence = nextSequence.merge(type + ":" + id, 1L, Long::sum) - 1;
            int index = events.size();
            MetaData metaData = MetaData.with(AuditMetaData.USER_ID, userId)
                                        .and(AuditMetaData.CORRELATION_ID, "req-" + index);
            events.add(new GenericDomainEventMessage<>(type, id, sequence, payload, metaData, "event-" + index,
                                                       START.plus(Duration.ofMinutes(index))));
        }
        return this;
    }

    public Timeline addAll(List<?> payloads) {
        return add(payloads.toArray());
    }

    public List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }

    /** The event added {@code index}-th (0-based). */
    public DomainEventMessage<?> get(int index) {
        return events.get(index);
    }

    private static String aggregateType(Object payload) {
        if (payload instanceof PatentEvent) {
            return "Patent";
        }
        if (payload instanceof AchievementEvent) {
            return "Achievement";
        }
        if (payload instanceof StudioEvent) {
            return "Studio";
        }
        if (payload instanceof AllianceEvent) {
            return "Alliance";
        }
        throw new IllegalArgumentException("not a patent, achievement, studio or alliance event: " + payload);
    }

    private static String aggregateId(Object payload) {
        if (payload instanceof PatentEvent event) {
            return event.patentId();
        }
        if (payload instanceof AchievementEvent event) {
            return event.achievementId();
        }
        if (payload instanceof StudioEvent event) {
            return event.studioId();
        }
        return ((AllianceEvent) payload).allianceId();
    }
}
