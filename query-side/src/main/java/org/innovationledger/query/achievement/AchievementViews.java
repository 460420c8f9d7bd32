package org.innovationledger.query.achievement;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.innovationledger.api.achievement.AchievementEvent;
import org.innovationledger.query.store.VersionedViews;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;
import static org.innovationledger.query.achievement.AchievementDocuments.ID;
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

    private final MongoCollection<Document> collection;
    private final VersionedViews<AchievementView> views;

    AchievementViews(MongoDatabase ledgerDatabase) {
        this.collection = ledgerDatabase.getCollection(COLLECTION);
        this.views = new VersionedViews<>(() -> collection, AchievementViews::achievementOf, VersionedViews.mapping(
                AchievementView::new, AchievementDocuments::view, AchievementDocuments::achievementPart));
    }

    private static List<String> achievementOf(Object payload) {
        return payload instanceof AchievementEvent event ? List.of(event.achievementId()) : List.of();
    }

    Optional<Document> findRecorded(String achievementId) {
        return Optional.ofNullable(collection.find(eq(ID, achievementId)).first())
                       .filter(AchievementDocuments::isRecorded);
    }

    /** Applies one of the achievement's own events, unless the view holds that sequence number or a later one. */
    void apply(String achievementId, long sequence, Consumer<AchievementView> change) {
        views.apply(achievementId, sequence, change);
    }

    void drop() {
        collection.drop();
    }
}
