package org.innovationledger.command.achievement;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.innovationledger.api.achievement.AchievementStatus;

/** Where an achievement stands, for rules of other aggregates that depend on it (such as a station's admission). */
public interface AchievementStandings {

    /**
     * @throws AggregateNotFoundException if no achievement with this id is recorded
     */
    AchievementStatus statusOf(String achievementId);
}
