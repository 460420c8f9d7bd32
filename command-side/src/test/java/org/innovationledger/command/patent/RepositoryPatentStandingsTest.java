package org.innovationledger.command.patent;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.studio.StudioSuspended;
import org.innovationledger.command.testing.InMemoryHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.command.patent.PatentExamples.*;

class RepositoryPatentStandingsTest {

    private final EmbeddedEventStore eventStore = InMemoryHistory.of(Patent.class, PATENT_ID, inventionFiled(),
            formalExaminationPassed(date(2017, 10, 20)));
    private final PatentStandings standings = new RepositoryPatentStandings(
            EventSourcingRepository.builder(Patent.class).eventStore(eventStore).build());

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void readsStatusFromThePatentsOwnRecord() {
        assertThat(standings.statusOf(PATENT_ID)).isEqualTo(PatentStatus.FORMALLY_EXAMINED);
        assertThat(eventStore.readEvents(PATENT_ID).asStream().count()).isEqualTo(2);
    }

    @Test
    void unknownPatentIsNotFound() {
        assertThatThrownBy(() -> standings.statusOf("patent-unknown")).isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void recordOfAnotherKindIsNoPatent() {
        EmbeddedEventStore studio = InMemoryHistory.of(Patent.class, "studio-0042",
                new StudioSuspended("studio-0042", "年度考核未达标", date(2025, 1, 10)));
        try {
            assertThatThrownBy(() -> new RepositoryPatentStandings(
                    EventSourcingRepository.builder(Patent.class).eventStore(studio).build()).statusOf("studio-0042"))
                    .isInstanceOf(AggregateNotFoundException.class);
        } finally {
            studio.shutDown();
        }
    }
}
