package org.innovationledger.command.alliance;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.command.studio.StudioStandings;

import java.util.HashMap;
import java.util.Map;

/** Studios that stand as a test says; any other studio is unknown. */
final class FakeStudioStandings implements StudioStandings {

    private final Map<String, StudioStatus> statuses = new HashMap<>();

    FakeStudioStandings with(String studioId, StudioStatus status) {
        statuses.put(studioId, status);
        return this;
    }

    @Override
    public StudioStatus statusOf(String studioId) {
        StudioStatus status = statuses.get(studioId);
        if (status == null) {
            throw new AggregateNotFoundException(studioId, "no studio " + studioId);
        }
        return status;
    }
}
