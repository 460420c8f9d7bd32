package org.innovationledger.query.achievement;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * What the achievement projection knows of studios (成果所属工作室), in {@code achievement_studios}: one document per
 * studio with its name, enterprise and region as {@code StudioRegistered} and {@code StudioProfileUpdated} last said
 * — guarded by the studio's sequence number — and the ids of its achievements. Kept by the achievement projection
 * itself, so that its replay depends on no other projection's progress (ADR 0005). The same scheme as the patents'
 * {@code PatentStudios}.
 *
 * <p>Studio events and achievement events are projected by different segments at the same time, so both sides copy:
 * <ul>
 *     <li>a studio's event updates the studio's entry, then writes it into every achievement listed there;</li>
 *     <li>a recording first lists the achievement under its studio, then copies the studio's entry into the
 *     achievement, and copies again until the entry it copied is still the latest.</li>
 * </ul>
 * Whichever runs first, the achievement ends with the studio's latest entry: a studio event either finds the
 * achievement listed, or was written before the recording read the entry.
 */
@Component
class AchievementStudios {

    static final String COLLECTION = "achievement_studios";
    private static final String VERSION = "version";
    private static final String ACHIEVEMENT_IDS = "achievementIds";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    /** More rounds than this would need a studio renamed faster than an achievement is written. */
    private static final int MAX_COPY_ROUNDS = 20;

    private final MongoCollection<Document> collection;
    private final AchievementViews achievements;

    AchievementStudios(MongoDatabase ledgerDatabase, AchievementViews achievements) {
        this.collection = ledgerDatabase.getCollection(COLLECTION);
        this.achievements = achievements;
    }

    /**
     * Records the studio's name, enterprise and region unless its entry already holds this sequence number or a
     * later one, then shows the entry on every achievement of the studio (again, after a redelivery: harmless).
     */
    void describe(String studioId, long sequence, String name, String hostEnterprise, String regionCode) {
        Document stored = find(studioId);
        if (stored == null || stored.get(VERSION) == null || sequence > stored.getLong(VERSION)) {
            collection.updateOne(eq("_id", studioId), combine(set(VERSION, sequence), set("name", name),
                                                              set("hostEnterprise", hostEnterprise),
                                                              set("regionCode", regionCode)), UPSERT);
        }
        Document entry = find(studioId);
        List<String> achievementIds = entry.getList(ACHIEVEMENT_IDS, String.class);
        if (achievementIds != null) {
            achievementIds.forEach(achievementId -> achievements.showStudio(achievementId, shown(entry)));
        }
    }

    /** Lists a recorded achievement under its studio and shows the studio on it (see the class comment). */
    void attach(String studioId, String achievementId) {
        if (studioId == null) {
            return;
        }
        collection.updateOne(eq("_id", studioId), addToSet(ACHIEVEMENT_IDS, achievementId), UPSERT);
        Document entry = find(studioId);
        for (int round = 0; round < MAX_COPY_ROUNDS && entry.get(VERSION) != null; round++) {
            achievements.showStudio(achievementId, shown(entry));
            Document latest = find(studioId);
            if (Objects.equals(latest.get(VERSION), entry.get(VERSION))) {
                return;
            }
            entry = latest;
        }
    }

    void drop() {
        collection.drop();
    }

    private Document find(String studioId) {
        return collection.find(eq("_id", studioId)).first();
    }

    /** The studio as an achievement view shows it. */
    private static Document shown(Document entry) {
        return new Document("name", entry.getString("name")).append("hostEnterprise", entry.getString("hostEnterprise"))
                                                            .append("regionCode", entry.getString("regionCode"));
    }
}
