package org.innovationledger.command.achievement;

import org.axonframework.modelling.command.Repository;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.command.axon.ReadOnlyAggregates;
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
        return ReadOnlyAggregates.read(achievements, achievementId, Achievement::status);
    }
}
