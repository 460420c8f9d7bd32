package org.innovationledger.query.achievement;

import org.bson.Document;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.query.achievement.AchievementDetail.Adoption;
import org.innovationledger.query.achievement.AchievementDetail.Award;
import org.innovationledger.query.achievement.AchievementDetail.Content;
import org.innovationledger.query.achievement.AchievementDetail.Implementation;
import org.innovationledger.query.achievement.AchievementDetail.Recommendation;
import org.innovationledger.query.achievement.AchievementDetail.ReviewStep;
import org.innovationledger.query.achievement.AchievementDetail.SavingsClaim;
import org.innovationledger.query.achievement.AchievementDetail.StudioRef;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import static org.innovationledger.query.store.RecordDocuments.fromDocument;
import static org.innovationledger.query.store.RecordDocuments.fromDocuments;
import static org.innovationledger.query.store.RecordDocuments.toDocument;
import static org.innovationledger.query.store.RecordDocuments.toDocuments;

/**
 * An achievement view as a document of {@code achievement_views}. The achievement's own part is written whole by
 * {@link #achievementPart}; the studio's name, enterprise and region are looked up when the achievement is read
 * ({@link AchievementStudios}). Money is Decimal128, dates ISO strings; the savings totals
 * are stored too, computed in Java from the claims.
 */
final class AchievementDocuments {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String STUDIO_ID = "studioId";

    private AchievementDocuments() {
    }

    /** Every field the achievement's own events decide. */
    static Document achievementPart(AchievementView achievement) {
        return new Document(VERSION, achievement.version())
                .append("recordedAt", achievement.recordedAt == null ? null : Date.from(achievement.recordedAt))
                .append(STUDIO_ID, achievement.studioId)
                .append("content", achievement.content == null ? null : toDocument(achievement.content))
                .append("status", achievement.status == null ? null : achievement.status.name())
                .append("statusSince", date(achievement.statusSince))
                .append("review", toDocuments(achievement.review))
                .append("implementation", achievement.implementation == null ? null
                        : toDocument(achievement.implementation))
                .append("awards", toDocuments(achievement.awards))
                .append("recommendations", toDocuments(achievement.recommendations))
                .append("adoptions", toDocuments(achievement.adoptions))
                .append("savingsClaims", toDocuments(achievement.savingsClaims))
                .append("savings", toDocument(achievement.totals()));
    }

    /** True once the recording has been applied; a studio's event never creates an achievement document. */
    static boolean isRecorded(Document document) {
        return document.get(VERSION) != null;
    }

    static AchievementView view(Document document) {
        AchievementView achievement = new AchievementView(document.getString(ID));
        if (!isRecorded(document)) {
            return achievement;
        }
        achievement.version(document.getLong(VERSION));
        Date recordedAt = document.getDate("recordedAt");
        achievement.recordedAt = recordedAt == null ? null : recordedAt.toInstant();
        achievement.studioId = document.getString(STUDIO_ID);
        achievement.content = fromDocument(document.get("content", Document.class), Content.class);
        String status = document.getString("status");
        achievement.status = status == null ? null : AchievementStatus.valueOf(status);
        String since = document.getString("statusSince");
        achievement.statusSince = since == null ? null : LocalDate.parse(since);
        achievement.review.addAll(entries(document, "review", ReviewStep.class));
        achievement.implementation = fromDocument(document.get("implementation", Document.class),
                                                  Implementation.class);
        achievement.awards.addAll(entries(document, "awards", Award.class));
        achievement.recommendations.addAll(entries(document, "recommendations", Recommendation.class));
        achievement.adoptions.addAll(entries(document, "adoptions", Adoption.class));
        achievement.savingsClaims.addAll(entries(document, "savingsClaims", SavingsClaim.class));
        return achievement;
    }

    /**
     * The achievement with its studio as the studio's events last described it ({@code shownStudio}: name, enterprise,
     * region), or just the studio's id while none of them has been projected.
     */
    static AchievementDetail detail(Document document, Document shownStudio) {
        String studioId = document.getString(STUDIO_ID);
        StudioRef studio = shownStudio == null ? new StudioRef(studioId, null, null, null)
                : new StudioRef(studioId, shownStudio.getString("name"), shownStudio.getString("hostEnterprise"),
                                shownStudio.getString("regionCode"));
        return view(document).toDetail(studio);
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static <R extends Record> List<R> entries(Document document, String key, Class<R> type) {
        return fromDocuments(document.getList(key, Document.class), type);
    }
}
