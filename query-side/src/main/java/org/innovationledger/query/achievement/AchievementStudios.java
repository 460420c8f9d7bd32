package org.innovationledger.query.achievement;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.innovationledger.query.store.StudioEntries;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What the achievement projection knows of studios (成果所属工作室), in {@code achievement_studios}: each studio's
 * current name, enterprise and region, shown on an achievement's detail when it is read. Looked up rather than copied
 * into every achievement: achievement lists come from the in-memory ledger, so nothing queries achievements by their
 * studio's fields, and a copy cost two more writes per new achievement and a write per achievement at each rename
 * (ADR 0005).
 */
@Component
class AchievementStudios {

    static final String COLLECTION = "achievement_studios";

    private final StudioEntries entries;

    AchievementStudios(MongoDatabase ledgerDatabase) {
        this.entries = new StudioEntries(ledgerDatabase, COLLECTION);
    }

    void describe(String studioId, long sequence, String name, String hostEnterprise, String regionCode) {
        entries.describe(studioId, sequence, name, hostEnterprise, regionCode);
    }

    /** The studio as an achievement shows it, or null while none of its events has been projected. */
    Document shown(String studioId) {
        return studioId == null ? null : entries.shownOf(List.of(studioId)).get(studioId);
    }

    void drop() {
        entries.drop();
    }
}
