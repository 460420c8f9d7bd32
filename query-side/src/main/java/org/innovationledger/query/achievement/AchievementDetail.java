package org.innovationledger.query.achievement;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.achievement.SavingsClaimStatus;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.common.Yuan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the read model knows about one "五小" achievement (成果详情): what it is, its review, where it is
 * implemented, its awards, recommendations and adoptions, and the savings claimed and verified for it.
 */
@Schema(description = "A \"five smalls\" achievement: content, review trail, implementation, awards, "
        + "recommendations, adoptions and savings claims with their totals")
public record AchievementDetail(
        String id,
        @Schema(description = "The studio it belongs to, as the studio's events describe it now") StudioRef studio,
        @Schema(description = "What the studio recorded (the latest revision)") Content content,
        AchievementStatus status,
        @Schema(description = "The date of the step that brought the current status; empty for a draft")
        LocalDate statusSince,
        @Schema(description = "Every review step, oldest first: submissions, returns (each one kept), acceptance, "
                + "rejection, withdrawal") List<ReviewStep> review,
        @Schema(description = "Where and since when it is used in production (实施); empty before")
        Implementation implementation,
        @Schema(description = "获奖") List<Award> awards,
        @Schema(description = "推荐上报") List<Recommendation> recommendations,
        @Schema(description = "推广应用") List<Adoption> adoptions,
        @Schema(description = "效益申报, in the order claimed") List<SavingsClaim> savingsClaims,
        @Schema(description = "Sums over the savings claims") SavingsTotals savings,
        @Schema(description = "When it was recorded in the ledger") Instant recordedAt,
        @Schema(description = "Version of the achievement this view shows (also the ETag)") long version) {

    /** The studio an achievement belongs to (所属工作室): its id, and its name, enterprise and region as they are now. */
    public record StudioRef(String id, String name,
                            @Schema(description = "所在企业") String hostEnterprise,
                            @Schema(description = "GB/T 2260 region code", example = "360829") String regionCode) {
    }

    /** What the achievement is: 问题描述 / 改善措施 / 改善效果, its contributors (完成人) and when it was achieved. */
    public record Content(String title, AchievementCategory category, String description,
                          @Schema(description = "问题描述") String problem,
                          @Schema(description = "改善措施") String measure,
                          @Schema(description = "改善效果") String effect,
                          List<Contributor> contributors, LocalDate achievedOn) {
    }

    /** A contributor (完成人) and their share in percent, an exact decimal sent as a string. */
    public record Contributor(String name,
                              @Schema(description = "工号, when they have one") String memberId,
                              @Schema(type = "string", description = "Share in percent, exact", example = "33.34")
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal share) {
    }

    /** What happened in a review step. */
    public enum ReviewAction {
        /** 申报 */
        SUBMITTED,
        /** 采纳 */
        ACCEPTED,
        /** 退回修改 */
        RETURNED,
        /** 不予采纳 */
        REJECTED,
        /** 撤回 */
        WITHDRAWN
    }

    /**
     * One step of the review (评审记录). {@code reviewer} for acceptance, return and rejection; {@code reason} for a
     * return, a rejection or a withdrawal; {@code comment} for an acceptance.
     */
    public record ReviewStep(ReviewAction action, LocalDate on, String reviewer, String reason, String comment) {
    }

    /** Implemented in production (实施) at a site from a day. */
    public record Implementation(String site, LocalDate from) {
    }

    /** An award won (获奖). */
    public record Award(String awardId, AwardLevel level, AwardGrade grade,
                        @Schema(description = "颁奖单位") String awardingBody, LocalDate awardedOn) {
    }

    /** A recommendation upward (推荐上报) to a body at a level. */
    public record Recommendation(AwardLevel level, String recommendedTo, LocalDate recommendedOn, String note) {
    }

    /** An adoption by another enterprise or site (推广应用). */
    public record Adoption(String adoptionId, String adopter, String site, LocalDate adoptedOn, String note) {
    }

    /**
     * A savings claim (效益申报) for a period. {@code amount} is the amount claimed now (after any corrections);
     * {@code verifiedTotal} is the verified amount plus the adjustments, once verified.
     */
    public record SavingsClaim(
            String claimId,
            @Schema(type = "string", example = "2025-Q3", description = "A year (2025) or a quarter (2025-Q3)")
            SavingsPeriod period,
            SavingsClaimStatus status,
            @Schema(type = "string", example = "120000.00") Yuan amount,
            @Schema(description = "测算方法") String method,
            @Schema(description = "佐证材料 reference") String evidenceRef,
            LocalDate claimedOn,
            @Schema(description = "更正, oldest first") List<Correction> corrections,
            @Schema(description = "Set when the claim was rejected (不予认定)") Rejection rejection,
            @Schema(description = "Set when the claim was verified (核实)") Verification verification,
            @Schema(description = "调整, oldest first") List<Adjustment> adjustments,
            @Schema(type = "string", description = "Verified amount plus adjustments; empty until verified")
            Yuan verifiedTotal) {
    }

    /** A correction of an unverified claim: the amount before and after, and why. */
    public record Correction(@Schema(type = "string") Yuan previousAmount, @Schema(type = "string") Yuan amount,
                             String method, String evidenceRef, LocalDate correctedOn, String reason) {
    }

    /** A claim not recognised (不予认定). */
    public record Rejection(String rejectedBy, LocalDate rejectedOn, String reason) {
    }

    /** A claim verified by finance or the union (核实): the amount locked from then on. */
    public record Verification(@Schema(type = "string") Yuan verifiedAmount, String verifiedBy, LocalDate verifiedOn,
                               String note) {
    }

    /** An adjusting entry on a verified claim (调整): a signed amount. */
    public record Adjustment(String adjustmentId, @Schema(type = "string", example = "-1500.50") Yuan amount,
                             String adjustedBy, LocalDate adjustedOn, String reason) {
    }

    /**
     * The achievement's savings: {@code claimed} sums the current amounts of the claims not rejected,
     * {@code verified} the verified totals (adjustments included), {@code pending} the amounts claimed and not yet
     * verified. Only {@code verified} counts in the union's totals.
     */
    public record SavingsTotals(@Schema(type = "string", example = "150000.00") Yuan claimed,
                                @Schema(type = "string", example = "118499.50") Yuan verified,
                                @Schema(type = "string", example = "30000.00") Yuan pending) {
    }
}
