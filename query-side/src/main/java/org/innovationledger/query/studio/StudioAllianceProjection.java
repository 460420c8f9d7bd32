package org.innovationledger.query.studio;

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
 * Shows on each studio view the alliances it belongs to (所属联盟), from the alliances' events. These events carry
 * the alliance's sequence number, not the studio's, so each membership keeps its own guard
 * ({@link AllianceMembership#sequence()}) and never touches the fields the studio's events write: the two kinds of
 * event may be projected at the same time by different segments.
 */
@Component
@ProcessingGroup(PersistedViews.PROCESSING_GROUP)
class StudioAllianceProjection {

    private final StudioViews views;
    private final AllianceNames allianceNames;

    StudioAllianceProjection(StudioViews views, AllianceNames allianceNames) {
        this.views = views;
        this.allianceNames = allianceNames;
    }

    @EventHandler
    void on(AllianceFounded event, @SequenceNumber long sequence) {
        allianceNames.remember(event.allianceId(), event.name());
        views.applyAllianceChange(event.leadStudioId(), event.allianceId(), sequence, AllianceMembership.joined(
                event.allianceId(), event.name(), event.foundedOn(), sequence));
    }

    @EventHandler
    void on(StudioJoinedAlliance event, @SequenceNumber long sequence) {
        views.applyAllianceChange(event.studioId(), event.allianceId(), sequence, AllianceMembership.joined(
                event.allianceId(), allianceNames.nameOf(event.allianceId()), event.joinedOn(), sequence));
    }

    @EventHandler
    void on(StudioLeftAlliance event, @SequenceNumber long sequence) {
        views.applyAllianceChange(event.studioId(), event.allianceId(), sequence,
                                  AllianceMembership.left(event.allianceId(), event.leftOn(), sequence));
    }

    /** Before a replay from the start: forget the alliance names (the studio views are dropped by the other). */
    @ResetHandler
    void reset() {
        allianceNames.drop();
    }
}
