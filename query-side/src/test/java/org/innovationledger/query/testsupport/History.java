package org.innovationledger.query.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Events as a store would record them: each aggregate's events numbered from 0 in the order they are added, one
 * minute apart.
 */
public final class History {

    public static final Instant START = Instant.parse("2025-03-01T01:00:00Z");

    private final List<Recorded> events = new ArrayList<>();
    private final Map<String, Long> nextSequence = new HashMap<>();

    public History add(Object... payloads) {
        for (Object payload : payloads) {
            Recorded probe = Recorded.of(payload, 0, START);
            long sequence = nextSequence.merge(probe.aggregateId(), 1L, Long::sum) - 1;
            events.add(Recorded.of(payload, sequence, START.plus(Duration.ofMinutes(events.size()))));
        }
        return this;
    }

    public List<Recorded> events() {
        return List.copyOf(events);
    }

    /** The event added {@code index}-th (0-based). */
    public Recorded get(int index) {
        return events.get(index);
    }

    /** The event added last. */
    public Recorded last() {
        return events.get(events.size() - 1);
    }
}
