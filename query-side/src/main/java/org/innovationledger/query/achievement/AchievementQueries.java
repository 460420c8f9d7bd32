package org.innovationledger.query.achievement;

import org.bson.Document;
import org.innovationledger.query.web.NotFoundException;
import org.innovationledger.query.web.ProjectionBehindException;
import org.innovationledger.query.web.ReadAfterWrite;
import org.springframework.stereotype.Component;

/** Answers the reads on one achievement (成果查询): its detail and its history. Lists are another read model's. */
@Component
public class AchievementQueries {

    private final AchievementViews views;
    private final AchievementHistories histories;
    private final AchievementStudios studios;
    private final ReadAfterWrite readAfterWrite;

    AchievementQueries(AchievementViews views, AchievementHistories histories, AchievementStudios studios,
                       ReadAfterWrite readAfterWrite) {
        this.views = views;
        this.histories = histories;
        this.studios = studios;
        this.readAfterWrite = readAfterWrite;
    }

    /**
     * The achievement, at least at {@code minVersion} when one is given (waiting up to {@code maxWaitMillis} for the
     * projection to catch up).
     *
     * @throws NotFoundException         no such achievement, and no version was asked for
     * @throws ProjectionBehindException the view did not reach {@code minVersion} in time
     */
    public AchievementDetail detail(String achievementId, Long minVersion, Long maxWaitMillis) {
        Document achievement = readAfterWrite.read("achievement", achievementId, minVersion, maxWaitMillis,
                                                   () -> views.findRecorded(achievementId),
                                                   document -> document.getLong(AchievementDocuments.VERSION));
        return AchievementDocuments.detail(achievement,
                                           studios.shown(achievement.getString(AchievementDocuments.STUDIO_ID)));
    }

    /** Every step of the achievement, with who and when; at least at {@code minVersion} when one is given. */
    public AchievementHistory history(String achievementId, Long minVersion, Long maxWaitMillis) {
        Document history = readAfterWrite.read("achievement", achievementId, minVersion, maxWaitMillis,
                                               () -> histories.find(achievementId), AchievementHistories::version);
        return AchievementHistories.read(history);
    }
}
