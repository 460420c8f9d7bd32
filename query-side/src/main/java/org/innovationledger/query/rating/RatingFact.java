package org.innovationledger.query.rating;

import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.rating.RatingBasis;

/**
 * One countable fact of a studio's year: an award, a patent granted or filed, an accepted or adopted achievement, a
 * member, an apprentice, a solved challenge. {@code recordId} names the record it comes from (an achievement's award
 * as "achievementId/awardId"); the attributes an item can narrow by are null when they don't apply.
 */
public record RatingFact(RatingBasis basis, String recordId, AwardLevel awardLevel, AwardGrade awardGrade,
                         PatentType patentType, AchievementCategory category) {

    public static RatingFact award(String recordId, AwardLevel level, AwardGrade grade) {
        return new RatingFact(RatingBasis.AWARD, recordId, level, grade, null, null);
    }

    public static RatingFact patent(RatingBasis basis, String patentId, PatentType type) {
        return new RatingFact(basis, patentId, null, null, type, null);
    }

    public static RatingFact accepted(String achievementId, AchievementCategory category) {
        return new RatingFact(RatingBasis.ACHIEVEMENT_ACCEPTED, achievementId, null, null, null, category);
    }

    public static RatingFact of(RatingBasis basis, String recordId) {
        return new RatingFact(basis, recordId, null, null, null, null);
    }
}
