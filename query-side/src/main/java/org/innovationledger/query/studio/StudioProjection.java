package org.innovationledger.query.studio;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.innovationledger.api.studio.ChallengeSolved;
import org.innovationledger.api.studio.ChallengeTakenOn;
import org.innovationledger.api.studio.FundingGranted;
import org.innovationledger.api.studio.FundingSpent;
import org.innovationledger.api.studio.LeaderChanged;
import org.innovationledger.api.studio.MemberJoined;
import org.innovationledger.api.studio.MemberLeft;
import org.innovationledger.api.studio.StudioNameRevoked;
import org.innovationledger.api.studio.StudioProfileUpdated;
import org.innovationledger.api.studio.StudioPromoted;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.api.studio.StudioReinstated;
import org.innovationledger.api.studio.StudioSuspended;
import org.innovationledger.query.store.PersistedViews;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Projects the studios' own events into {@code studio_views} (工作室视图). Each event is applied once: the view
 * remembers the sequence number of the last event it applied and ignores any at or below it.
 */
@Component
@ProcessingGroup(PersistedViews.PROCESSING_GROUP)
class StudioProjection {

    private final StudioViews views;

    StudioProjection(StudioViews views) {
        this.views = views;
    }

    @EventHandler
    void on(StudioRegistered event, @SequenceNumber long sequence, @Timestamp Instant registeredAt) {
        views.apply(event.studioId(), sequence, studio -> studio.register(event, registeredAt));
    }

    @EventHandler
    void on(StudioProfileUpdated event, @SequenceNumber long sequence) {
        views.apply(event.studioId(), sequence, studio -> studio.updateProfile(event));
    }

    @EventHandler
    void on(MemberJoined event, @SequenceNumber long sequence) {
        views.apply(event.studioId(), sequence, studio -> studio.join(event));
    }

    @EventHandler
    void on(MemberLeft event, @SequenceNumber long sequence) {
        views.apply(event.studioId(), sequence, studio -> studio.leave(event));
    }

    @EventHandler
    void on(LeaderChanged event, @SequenceNumber long sequence) {
        views.apply(event.studioId(), sequence, studio -> studio.changeLeader(event));
    }

    @EventHandler
    void on(StudioPromoted event, @SequenceNumber long sequence) {
        views.apply(event.studioId(), sequence, studio -> studio.promote(event));
    }

    @EventHandler
    void on(StudioSuspended event, @SequenceNumber long sequence) {
        views.apply(event.studioId(), sequence, studio -> studio.suspend(event));
    }

    @EventHandler
    void on(StudioReinstated event, @SequenceNumber long sequence) {
        views.apply(event.studioId(), sequence, studio -> studio.reinstate(event));
    }

    @EventHandler
    void on(StudioNameRevoked event, @SequenceNumber long sequence) {
        views.apply(event.studioId(), sequence, studio -> studio.revoke(event));
    }

    @EventHandler
    void on(FundingGranted event, @SequenceNumber long sequence) {
        views.apply(event.studioId(), sequence, studio -> studio.grant(event));
    }

    @EventHandler
    void on(FundingSpent event, @SequenceNumber long sequence) {
        views.apply(event.studioId(), sequence, studio -> studio.spend(event));
    }

    @EventHandler
    void on(ChallengeTakenOn event, @SequenceNumber long sequence) {
        views.apply(event.studioId(), sequence, studio -> studio.takeOn(event));
    }

    @EventHandler
    void on(ChallengeSolved event, @SequenceNumber long sequence) {
        views.apply(event.studioId(), sequence, studio -> studio.solve(event));
    }

    /** Before a replay from the start: forget every studio, so the replay rebuilds them. */
    @ResetHandler
    void reset() {
        views.drop();
    }
}
