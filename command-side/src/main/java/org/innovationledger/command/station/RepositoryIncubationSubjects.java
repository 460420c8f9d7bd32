package org.innovationledger.command.station;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.innovationledger.api.station.IncubationSubject;
import org.innovationledger.command.achievement.AchievementStandings;
import org.innovationledger.command.patent.PatentStandings;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads the subject's status from the achievement or patent itself, loaded from its events. */
@Component
class RepositoryIncubationSubjects implements IncubationSubjects {

    private final AchievementStandings achievements;
    private final PatentStandings patents;

    RepositoryIncubationSubjects(AchievementStandings achievements, PatentStandings patents) {
        this.achievements = achievements;
        this.patents = patents;
    }

    @Override
    public Optional<SubjectStanding> standingOf(IncubationSubject subject) {
        try {
            return Optional.of(switch (subject.kind()) {
                case ACHIEVEMENT -> SubjectStanding.of(achievements.statusOf(subject.id()));
                case PATENT -> SubjectStanding.of(patents.statusOf(subject.id()));
            });
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
