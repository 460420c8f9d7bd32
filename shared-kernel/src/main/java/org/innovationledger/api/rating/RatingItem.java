package org.innovationledger.api.rating;

import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.PatentType;

import java.math.BigDecimal;

/**
 * One line of a scoring sheet (评分细则): {@code points} for each occurrence of what its {@link RatingBasis} counts,
 * negative for a deduction, at most {@code cap} in absolute value when a cap is given. The narrowing parameters are
 * null when the basis does not use them or when the item counts every value (an award of any grade, say):
 * <ul>
 *     <li>{@code awardLevel}, {@code awardGrade}: {@link RatingBasis#AWARD} only;</li>
 *     <li>{@code patentType}: {@link RatingBasis#PATENT_GRANTED} and {@link RatingBasis#PATENT_FILED};</li>
 *     <li>{@code category}: {@link RatingBasis#ACHIEVEMENT_ACCEPTED};</li>
 *     <li>{@code minYuan} (required), {@code maxYuan} (null: no upper bound): {@link RatingBasis#VERIFIED_SAVINGS_BAND};</li>
 *     <li>{@code belowPercent} (required, 1–100): {@link RatingBasis#FUNDING_USED_BELOW}.</li>
 * </ul>
 */
public record RatingItem(
        String code,
        String name,
        RatingBasis basis,
        AwardLevel awardLevel,
        AwardGrade awardGrade,
        PatentType patentType,
        AchievementCategory category,
        Yuan minYuan,
        Yuan maxYuan,
        Integer belowPercent,
        BigDecimal points,
        BigDecimal cap
) {
}
