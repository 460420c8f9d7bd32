package org.innovationledger.query.achievement;

import com.mongodb.client.MongoDatabase;
import org.innovationledger.query.store.StudioCopies;
import org.springframework.stereotype.Component;

/**
 * What the achievement projection knows of studios (成果所属工作室), in {@code achievement_studios}, so that each
 * achievement view shows its studio's current name, enterprise and region — see {@link StudioCopies} for how studio
 * events and recordings meet.
 */
@Component
class AchievementStudios {

    static final String COLLECTION = "achievement_studios";

    private final StudioCopies copies;

    AchievementStudios(MongoDatabase ledgerDatabase, AchievementViews achievements) {
        this.copies = new StudioCopies(ledgerDatabase, COLLECTION, "achievementIds", achievements::writing);
    }

    void describe(String studioId, long sequence, String name, String hostEnterprise, String regionCode) {
        copies.describe(studioId, sequence, name, hostEnterprise, regionCode);
    }

    /** Lists a recorded achievement under its studio and shows the studio on it. */
    void attach(String studioId, String achievementId) {
        copies.attach(studioId, achievementId);
    }

    void drop() {
        copies.drop();
    }
}
