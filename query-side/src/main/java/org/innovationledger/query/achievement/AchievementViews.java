package org.innovationledger.query.achievement;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.innovationledger.query.achievement.AchievementDocuments.ID;
import static org.innovationledger.query.achievement.AchievementDocuments.STUDIO;
import static org.innovationledger.query.achievement.AchievementDocuments.achievementPart;

/**
 * The {@code achievement_views} collection (成果视图): one document per achievement, for its detail page. The
 * projection finds a document by {@code _id} alone, decides in Java whether an event is new, and writes by
 * {@code _id} alone — the only lookup the embedded store serves from an index (ADR 0005). Lists and savings
 * roll-ups are another read model's; this one declares no secondary index.
 */
@Component
class AchievementViews {

    static final String COLLECTION = "achievement_views";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> collection;

    AchievementViews(MongoDatabase ledgerDatabase) {
        this.collection = ledgerDatabase.getCollection(COLLECTION);
    }

    Optional<Document> findRecorded(String achievementId) {
        return Optional.ofNullable(collection.find(eq(ID, achievementId)).first())
                       .filter(AchievementDocuments::isRecorded);
    }

    /** Applies one of the achievement's own events, unless the view holds that sequence number or a later one. */
    void apply(String achievementId, long sequence, Consumer<AchievementView> change) {
        Document stored = collection.find(eq(ID, achievementId)).first();
        AchievementView achievement = stored == null ? new AchievementView(achievementId)
                : AchievementDocuments.view(stored);
        if (sequence <= achievement.version) {
            return;
        }
        change.accept(achievement);
        achievement.version = sequence;
        collection.updateOne(eq(ID, achievementId), new Document("$set", achievementPart(achievement)), UPSERT);
    }

    /**
     * Writes the studio's name, enterprise and region into an achievement that exists; touches no field the
     * achievement's own events write.
     */
    void showStudio(String achievementId, Document studio) {
        collection.updateOne(eq(ID, achievementId), set(STUDIO, studio));
    }

    void drop() {
        collection.drop();
    }
}
