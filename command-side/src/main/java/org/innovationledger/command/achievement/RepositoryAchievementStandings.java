package org.innovationledger.command.achievement;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.innovationledger.api.achievement.AchievementStatus;
import org.springframework.stereotype.Component;

/**
 * Reads an achievement's status from the achievement itself, loaded from its events. A command handler calls it
 * inside its own unit of work; any other caller gets a unit of work that is rolled back, so the achievement is never
 * saved. An id whose events are not an achievement's (a studio's, say) is no achievement.
 */
@Component
class RepositoryAchievementStandings implements AchievementStandings {

    private final Repository<Achievement> achievements;

    RepositoryAchievementStandings(Repository<Achievement> achievements) {
        this.achievements = achievements;
    }

    @Override
    public AchievementStatus statusOf(String achievementId) {
        if (CurrentUnitOfWork.isStarted()) {
            return load(achievementId);
        }
        UnitOfWork<?> readOnly = DefaultUnitOfWork.startAndGet(null);
        try {
            return load(achievementId);
        } finally {
            readOnly.rollback();
        }
    }

    private AchievementStatus load(String achievementId) {
        try {
            return achievements.load(achievementId).invoke(Achievement::status);
        } catch (IncompatibleAggregateException e) {
            // the id's events are another aggregate's: they leave no achievement behind
            throw new AggregateNotFoundException(achievementId, "no achievement " + achievementId);
        }
    }
}
