package org.innovationledger.command.studio;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.command.testing.InMemoryHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.command.studio.StudioExamples.STUDIO_ID;
import static org.innovationledger.command.studio.StudioExamples.registered;
import static org.innovationledger.command.studio.StudioExamples.suspended;

class RepositoryStudioStandingsTest {

    private final EmbeddedEventStore eventStore = InMemoryHistory.of(Studio.class, STUDIO_ID, registered(), suspended());
    private final StudioStandings standings = new RepositoryStudioStandings(
            EventSourcingRepository.builder(Studio.class).eventStore(eventStore).build());

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void readsStatusInsideTheCallersUnitOfWork() {
        StudioStatus status = DefaultUnitOfWork.startAndGet(null)
                                               .executeWithResult(() -> standings.statusOf(STUDIO_ID))
                                               .getPayload();

        assertThat(status).isEqualTo(StudioStatus.SUSPENDED);
        assertThat(eventsOfStudio()).isEqualTo(2);
    }

    @Test
    void readsStatusOutsideAnyUnitOfWork() {
        assertThat(standings.statusOf(STUDIO_ID)).isEqualTo(StudioStatus.SUSPENDED);
        assertThat(eventsOfStudio()).isEqualTo(2);
    }

    @Test
    void unknownStudioIsNotFound() {
        assertThatThrownBy(() -> standings.statusOf("studio-unknown"))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    private long eventsOfStudio() {
        return eventStore.readEvents(STUDIO_ID).asStream().count();
    }
}
