package org.innovationledger.command.achievement;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.studio.StudioSuspended;
import org.innovationledger.command.testing.InMemoryHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.command.achievement.AchievementExamples.*;

class RepositoryAchievementStandingsTest {

    private final EmbeddedEventStore eventStore = InMemoryHistory.of(Achievement.class, ACHIEVEMENT_ID, recorded(),
            submitted(SUBMITTED_ON), accepted(ACCEPTED_ON));
    private final AchievementStandings standings = standingsOn(eventStore);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void readsStatusInsideTheCallersUnitOfWork() {
        AchievementStatus status = DefaultUnitOfWork.startAndGet(null)
                                                    .executeWithResult(() -> standings.statusOf(ACHIEVEMENT_ID))
                                                    .getPayload();

        assertThat(status).isEqualTo(AchievementStatus.ACCEPTED);
        assertThat(eventStore.readEvents(ACHIEVEMENT_ID).asStream().count()).isEqualTo(3);
    }

    @Test
    void readsStatusOutsideAnyUnitOfWork() {
        assertThat(standings.statusOf(ACHIEVEMENT_ID)).isEqualTo(AchievementStatus.ACCEPTED);
    }

    @Test
    void unknownAchievementIsNotFound() {
        assertThatThrownBy(() -> standings.statusOf("achievement-unknown"))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void recordOfAnotherKindIsNoAchievement() {
        EmbeddedEventStore studio = InMemoryHistory.of(Achievement.class, "studio-0042",
                new StudioSuspended("studio-0042", "年度考核未达标", LocalDate.of(2025, 1, 10)));
        try {
            assertThatThrownBy(() -> standingsOn(studio).statusOf("studio-0042"))
                    .isInstanceOf(AggregateNotFoundException.class);
        } finally {
            studio.shutDown();
        }
    }

    private static AchievementStandings standingsOn(EmbeddedEventStore eventStore) {
        return new RepositoryAchievementStandings(
                EventSourcingRepository.builder(Achievement.class).eventStore(eventStore).build());
    }
}
