package org.innovationledger.query.alliance;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.innovationledger.api.alliance.AllianceFounded;
import org.innovationledger.api.alliance.StudioJoinedAlliance;
import org.innovationledger.api.alliance.StudioLeftAlliance;
import org.innovationledger.query.store.PersistedViews;
import org.springframework.stereotype.Component;

/**
 * Projects the alliances' events into {@code alliance_views} (联盟视图). Each event is applied once: the view
 * remembers the sequence number of the last event it applied and ignores any at or below it. Member studios'
 * names are not copied here; they are looked up when the alliance is read.
 */
@Component
@ProcessingGroup(PersistedViews.PROCESSING_GROUP)
class AllianceProjection {

    private final AllianceViews views;

    AllianceProjection(AllianceViews views) {
        this.views = views;
    }

    @EventHandler
    void on(AllianceFounded event, @SequenceNumber long sequence) {
        views.apply(event.allianceId(), sequence, alliance -> alliance.found(event));
    }

    @EventHandler
    void on(StudioJoinedAlliance event, @SequenceNumber long sequence) {
        views.apply(event.allianceId(), sequence, alliance -> alliance.join(event));
    }

    @EventHandler
    void on(StudioLeftAlliance event, @SequenceNumber long sequence) {
        views.apply(event.allianceId(), sequence, alliance -> alliance.leave(event));
    }

    /** Before a replay from the start: forget every alliance, so the replay rebuilds them. */
    @ResetHandler
    void reset() {
        views.drop();
    }
}
