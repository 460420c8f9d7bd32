package org.innovationledger.query.achievement;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.innovationledger.api.studio.StudioProfileUpdated;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.query.store.PersistedViews;
import org.springframework.stereotype.Component;

/**
 * Keeps the name, enterprise and region of every studio (所属工作室) that an achievement's detail shows, from the
 * studio's own events; never from another processor's studio view, so a replay of achievements depends on nothing
 * else ({@link AchievementStudios}).
 */
@Component
@ProcessingGroup(PersistedViews.PROCESSING_GROUP)
class AchievementStudioProjection {

    private final AchievementStudios studios;

    AchievementStudioProjection(AchievementStudios studios) {
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

    /** Before a replay from the start: forget the studios (the achievement views are dropped by the other). */
    @ResetHandler
    void reset() {
        studios.drop();
    }
}
