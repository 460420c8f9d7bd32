package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.studio.NamingLevel;

/** The query parameters of the achievement list (成果查询条件) as the client sent them; all optional. */
public record AchievementListParameters(
        @Parameter(description = "Only this studio's achievements (工作室 id)") String studio,
        @Parameter(description = "Only achievements of studios hosted by this enterprise (所在企业), exact name")
        String enterprise,
        @Parameter(description = "Only achievements of studios that belong now to this alliance (联盟 id)")
        String alliance,
        @Parameter(description = "Region (地区): a province (2 digits), city (4) or county (6) code prefix",
                example = "3608") String region,
        @Parameter(description = "Naming level of the studio (命名级别)",
                schema = @Schema(implementation = NamingLevel.class)) String level,
        @Parameter(description = "Category (类别); several separated by commas match any",
                schema = @Schema(implementation = AchievementCategory.class)) String category,
        @Parameter(description = "Status (状态); several separated by commas match any",
                schema = @Schema(implementation = AchievementStatus.class)) String status,
        @Parameter(description = "Year the achievement was made (成果年度)", example = "2025") String year,
        @Parameter(description = "Won an award at this level (获奖级别); several separated by commas match any",
                schema = @Schema(implementation = AwardLevel.class)) String awardLevel,
        @Parameter(description = "Text in the title or a contributor's name, ignoring case", example = "纠偏")
        String q,
        @Parameter(description = "achievedOn, title, claimedSavings or verifiedSavings, optionally followed by ,asc "
                + "or ,desc", schema = @Schema(type = "string", defaultValue = "achievedOn,desc")) String sort,
        @Parameter(description = "0-based page number", schema = @Schema(type = "integer", minimum = "0",
                defaultValue = "0")) String page,
        @Parameter(description = "Items per page, 1 to 100", schema = @Schema(type = "integer", minimum = "1",
                maximum = "100", defaultValue = "20")) String size) {
}
