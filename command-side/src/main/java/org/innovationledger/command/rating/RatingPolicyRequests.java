package org.innovationledger.command.rating;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.rating.RatingBasis;
import org.innovationledger.api.rating.RatingIssuer;
import org.innovationledger.api.rating.RatingItem;
import org.innovationledger.api.rating.RatingRules;
import org.innovationledger.api.studio.NamingLevel;

import java.math.BigDecimal;
import java.util.List;

/**
 * Request bodies of the rating policy commands, validated field by field before a command is built. Which
 * parameters an item's basis takes, and the order of the star thresholds, are rules of the policy itself
 * ({@code RATING_ITEMS_INVALID}, {@code STAR_THRESHOLDS_INVALID}).
 */
final class RatingPolicyRequests {

    /** A policy id the client chooses: lower-case letters, digits and '-', as in a URL. */
    static final String POLICY_ID = "[a-z0-9][a-z0-9-]{0,63}";
    /** An item's code: letters, digits, '-' and '_'. */
    static final String ITEM_CODE = "[A-Za-z0-9_-]{1,40}";
    /** A six-digit GB/T 2260 code starting with a province code (as for studios). */
    static final String REGION_CODE = "(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])\\d{4}";
    static final String REGION_MESSAGE = "must be a six-digit region code (GB/T 2260), e.g. 360000";

    private RatingPolicyRequests() {
    }

    record IssuerRequest(
            @Schema(description = "发布单位", example = "江西省总工会") @NotBlank @Size(max = 100) String union,
            @Schema(description = "the union's level", example = "PROVINCIAL") @NotNull NamingLevel level,
            @Schema(description = "where the policy applies; none for a national policy", example = "360000")
            @Pattern(regexp = REGION_CODE, message = REGION_MESSAGE) String region) {
        RatingIssuer toIssuer() {
            return new RatingIssuer(union.trim(), level, region == null ? null : new RegionCode(region));
        }
    }

    record ItemRequest(
            @Schema(description = "the item's code, unique in the policy", example = "award-provincial")
            @NotNull @Pattern(regexp = ITEM_CODE, message = "must be 1 to 40 letters, digits, '-' or '_'") String code,
            @Schema(description = "评分项", example = "省级奖项") @NotBlank @Size(max = 100) String name,
            @Schema(description = "what the item counts", example = "AWARD") @NotNull RatingBasis basis,
            @Schema(description = "AWARD only: the award level counted; none counts every level") AwardLevel awardLevel,
            @Schema(description = "AWARD only: the grade counted; none counts every grade") AwardGrade awardGrade,
            @Schema(description = "PATENT_GRANTED, PATENT_FILED: the type counted; none counts every type")
            PatentType patentType,
            @Schema(description = "ACHIEVEMENT_ACCEPTED: the category counted; none counts every category")
            AchievementCategory category,
            @Schema(description = "VERIFIED_SAVINGS_BAND: the band's lower bound in yuan (inclusive)",
                    example = "100000.00", type = "string")
            @Digits(integer = 13, fraction = 2) BigDecimal minYuan,
            @Schema(description = "VERIFIED_SAVINGS_BAND: the band's upper bound in yuan (exclusive); none: no bound",
                    example = "500000.00", type = "string")
            @Digits(integer = 13, fraction = 2) BigDecimal maxYuan,
            @Schema(description = "FUNDING_USED_BELOW: the share of the funding, 1 to 100", example = "50")
            Integer belowPercent,
            @Schema(description = "points for each occurrence, negative for a deduction, at most two decimals",
                    example = "12", type = "string")
            @NotNull @Digits(integer = 6, fraction = 2) BigDecimal points,
            @Schema(description = "the most points the item gives (or takes), if capped", example = "36",
                    type = "string")
            @Digits(integer = 6, fraction = 2) BigDecimal cap) {
        RatingItem toItem() {
            return new RatingItem(code, name.trim(), basis, awardLevel, awardGrade, patentType, category,
                    minYuan == null ? null : new Yuan(minYuan), maxYuan == null ? null : new Yuan(maxYuan),
                    belowPercent, points, cap);
        }
    }

    record RulesRequest(
            @Schema(description = "the first year the version rates", example = "2025")
            @NotNull @Min(1900) @Max(9999) Integer effectiveYear,
            @Schema(description = "评分细则") @NotNull @Size(max = 200) List<@NotNull @Valid ItemRequest> items,
            @Schema(description = "the minimum scores for 1 to 5 stars, ascending", example = "[10, 25, 45, 70, 100]")
            @NotNull @Size(max = 10) List<@NotNull @Digits(integer = 6, fraction = 2) BigDecimal> starThresholds) {
        RatingRules toRules() {
            return new RatingRules(effectiveYear, items.stream().map(ItemRequest::toItem).toList(),
                    List.copyOf(starThresholds));
        }
    }

    record IssuePolicyRequest(
            @Schema(description = "the policy's id, if the union names it; a new one is made otherwise",
                    example = "jiangxi-2025")
            @Pattern(regexp = POLICY_ID, message = "must be 1 to 64 lower-case letters, digits or '-'") String policyId,
            @Schema(description = "办法名称", example = "江西省职工创新工作室星级评定办法") @NotBlank @Size(max = 200) String name,
            @NotNull @Valid IssuerRequest issuer,
            @NotNull @Valid RulesRequest rules,
            @Schema(description = "who issued it", example = "省总工会经济技术部") @NotBlank @Size(max = 100) String issuedBy) {
    }

    record RevisePolicyRequest(
            @NotNull @Valid RulesRequest rules,
            @Schema(description = "why the policy is revised", example = "增加带徒加分") @NotBlank @Size(max = 2000) String reason,
            @Schema(description = "who revised it", example = "省总工会经济技术部") @NotBlank @Size(max = 100) String revisedBy) {
    }
}
