package org.innovationledger.query.patent;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.innovationledger.api.studio.StudioProfileUpdated;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.query.store.PersistedViews;
import org.springframework.stereotype.Component;

/**
 * Shows on each patent view the name, enterprise and region of the studio that filed it (所属工作室), from the
 * studio's own events; never from another processor's studio view, so a replay of patents depends on nothing else.
 * See {@link PatentStudios} for how this and the filings meet.
 */
@Component
@ProcessingGroup(PersistedViews.PROCESSING_GROUP)
class PatentStudioProjection {

    private final PatentStudios studios;

    PatentStudioProjection(PatentStudios studios) {
        this.studios = studios;
    }

    @EventHandler
    void on(StudioRegistered event, @SequenceNumber long sequence) {
        studios.describe(event.studioId(), sequence, event.name(), event.hostEnterprise(),
                         event.regionCode().value());
    }

    @EventHandler
    void on(StudioProfileUpdated event, @SequenceNumber long sequence) {
        studios.describe(event.studioId(), sequence, event.name(), event.hostEnterprise(),
                         event.regionCode().value());
    }

    /** Before a replay from the start: forget the studios (the patent views are dropped by the other). */
    @ResetHandler
    void reset() {
        studios.drop();
    }
}
