package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One line of the achievement list (成果列表). */
public record AchievementListItem(
        String id,
        String title,
        AchievementCategory category,
        AchievementStatus status,
        LocalDate achievedOn,
        StudioRef studio,
        @Schema(description = "Levels at which it won an award (获奖级别)") List<AwardLevel> awardLevels,
        @Schema(description = "Savings claimed, not rejected (申报效益)", type = "string", example = "28500.00")
        Yuan claimedSavings,
        @Schema(description = "Savings verified, with adjustments (核实效益)", type = "string", example = "26500.00")
        Yuan verifiedSavings) {

    static AchievementListItem of(LedgerIndex.View ledger, int slot) {
        AchievementColumns achievements = ledger.achievements();
        List<AwardLevel> levels = Arrays.stream(AwardLevel.values())
                                        .filter(level -> (achievements.awardLevels[slot] & 1 << level.ordinal()) != 0)
                                        .toList();
        int day = achievements.achievedOn[slot];
        return new AchievementListItem(achievements.ids[slot], achievements.titles[slot],
                                       AchievementCategory.values()[achievements.category[slot]],
                                       achievements.status(slot),
                                       day == AchievementColumns.NO_DATE ? null : LocalDate.ofEpochDay(day),
                                       StudioRef.of(ledger.studios().get(achievements.studio[slot])), levels,
                                       Fen.toYuan(achievements.claimedFen[slot]),
                                       Fen.toYuan(achievements.verifiedFen[slot]));
    }
}
