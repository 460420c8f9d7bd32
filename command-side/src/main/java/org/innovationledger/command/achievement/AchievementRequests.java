package org.innovationledger.command.achievement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementContent;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.achievement.Contributor;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.common.Yuan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the achievement commands, validated field by field before a command is built. */
final class AchievementRequests {

    /** A contributor's id in the enterprise (工号), as for studio members. */
    static final String MEMBER_ID = "[A-Za-z0-9_-]{1,40}";
    /** A year from 1900, or one of its quarters. */
    static final String PERIOD = "(19\\d{2}|[2-9]\\d{3})(-Q[1-4])?";
    static final String PERIOD_MESSAGE = "must be a year (2025) or a quarter of it (2025-Q3)";

    private AchievementRequests() {
    }

    record ContributorRequest(
            @Schema(example = "赵志刚") @NotBlank @Size(max = 50) String name,
            @Schema(description = "工号, when the contributor has one", example = "MY-0001")
            @Pattern(regexp = MEMBER_ID, message = "must be 1 to 40 letters, digits, '-' or '_'") String memberId,
            @Schema(description = "share in percent, at most two decimals; the shares add up to 100", example = "60",
                    type = "string")
            @NotNull @Positive @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal share) {
        Contributor toContributor() {
            return new Contributor(name.trim(), memberId, share);
        }
    }

    record ContentRequest(
            @Schema(description = "成果名称", example = "皮带机自动纠偏装置") @NotBlank @Size(max = 200) String title,
            @Schema(description = "五小 category", example = "SMALL_INNOVATION") @NotNull AchievementCategory category,
            @Schema(description = "成果简介", example = "在主运输皮带机上加装自动纠偏辊")
            @NotBlank @Size(max = 4000) String description,
            @Schema(description = "问题描述", example = "皮带频繁跑偏，每月停机约 20 小时") @Size(max = 2000) String problem,
            @Schema(description = "改善措施", example = "加装液压纠偏辊和跑偏传感器") @Size(max = 2000) String measure,
            @Schema(description = "改善效果", example = "停机时间减少 80%") @Size(max = 2000) String effect,
            @Schema(description = "完成人 and their shares")
            @NotEmpty @Size(max = 50) List<@NotNull @Valid ContributorRequest> contributors,
            @Schema(description = "完成日期", example = "2025-02-20") @NotNull LocalDate achievedOn) {
        AchievementContent toContent() {
            return new AchievementContent(title.trim(), category, description.trim(), problem, measure, effect,
                    contributors.stream().map(ContributorRequest::toContributor).toList(), achievedOn);
        }
    }

    record RecordAchievementRequest(
            @Schema(description = "Id of the studio the achievement belongs to") @NotBlank @Size(max = 64)
            String studioId,
            @NotNull @Valid ContentRequest content) {
    }

    record SubmissionRequest(@Schema(description = "申报 date") @NotNull LocalDate submittedOn) {
    }

    record AcceptanceRequest(
            @Schema(description = "评审人 or body", example = "县总工会经济技术部") @NotBlank @Size(max = 100) String reviewer,
            @Schema(description = "采纳 date") @NotNull LocalDate acceptedOn,
            @Schema(example = "同意采纳") @Size(max = 2000) String comment) {
    }

    record ReturnRequest(
            @Schema(example = "县总工会经济技术部") @NotBlank @Size(max = 100) String reviewer,
            @Schema(description = "退回 date") @NotNull LocalDate returnedOn,
            @Schema(example = "请补充效益测算") @NotBlank @Size(max = 2000) String reason) {
    }

    record RejectionRequest(
            @Schema(example = "县总工会经济技术部") @NotBlank @Size(max = 100) String reviewer,
            @Schema(description = "不予采纳 date") @NotNull LocalDate rejectedOn,
            @Schema(example = "与已有成果重复") @NotBlank @Size(max = 2000) String reason) {
    }

    record WithdrawalRequest(
            @Schema(description = "撤回 date") @NotNull LocalDate withdrawnOn,
            @Schema(example = "方案调整") @Size(max = 500) String reason) {
    }

    record ImplementationRequest(
            @Schema(description = "实施地点", example = "一号井主运输巷") @NotBlank @Size(max = 200) String site,
            @Schema(description = "实施日期") @NotNull LocalDate implementedFrom) {
    }

    record AwardRequest(
            @Schema(description = "奖励级别", example = "COUNTY") @NotNull AwardLevel level,
            @Schema(description = "奖励等级", example = "FIRST") @NotNull AwardGrade grade,
            @Schema(description = "授奖单位", example = "安福县总工会") @NotBlank @Size(max = 100) String awardingBody,
            @Schema(description = "获奖日期") @NotNull LocalDate awardedOn) {
    }

    record RecommendationRequest(
            @Schema(description = "level of the body recommended to", example = "MUNICIPAL") @NotNull AwardLevel level,
            @Schema(description = "推荐至", example = "吉安市总工会") @NotBlank @Size(max = 100) String recommendedTo,
            @Schema(description = "推荐日期") @NotNull LocalDate recommendedOn,
            @Schema(example = "推荐参加市级五小评选") @Size(max = 2000) String note) {
    }

    record AdoptionRequest(
            @Schema(description = "推广应用单位", example = "赣鄱矿业二号井") @NotBlank @Size(max = 200) String adopter,
            @Schema(description = "应用地点", example = "二号井主运输巷") @Size(max = 200) String site,
            @Schema(description = "应用日期") @NotNull LocalDate adoptedOn,
            @Size(max = 2000) String note) {
    }

    record SavingsClaimRequest(
            @Schema(description = "the year (2025) or quarter (2025-Q3) the savings were made in", example = "2025-Q2")
            @NotNull @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String period,
            @Schema(description = "yuan saved, at most two decimals", example = "30000.00", type = "string")
            @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @Schema(description = "计算方法", example = "维修费与停机损失对比") @NotBlank @Size(max = 2000) String method,
            @Schema(description = "证明材料 reference", example = "财务凭证 2025-118") @Size(max = 200) String evidenceRef,
            @Schema(description = "申报 date") @NotNull LocalDate claimedOn) {
        SavingsPeriod savingsPeriod() {
            return SavingsPeriod.parse(period);
        }

        Yuan yuan() {
            return new Yuan(amount);
        }
    }

    record ClaimCorrectionRequest(
            @Schema(example = "32500.00", type = "string")
            @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @Schema(example = "按实际停机时间重算") @NotBlank @Size(max = 2000) String method,
            @Schema(example = "财务凭证 2025-131") @Size(max = 200) String evidenceRef,
            @Schema(description = "更正 date") @NotNull LocalDate correctedOn,
            @Schema(example = "漏计备件费用") @NotBlank @Size(max = 2000) String reason) {
        Yuan yuan() {
            return new Yuan(amount);
        }
    }

    record ClaimRejectionRequest(
            @Schema(example = "县总工会财务部") @NotBlank @Size(max = 100) String rejectedBy,
            @Schema(description = "不予认定 date") @NotNull LocalDate rejectedOn,
            @Schema(example = "缺少财务凭证") @NotBlank @Size(max = 2000) String reason) {
    }

    record VerificationRequest(
            @Schema(description = "yuan verified, at most the amount claimed", example = "28000.00", type = "string")
            @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal verifiedAmount,
            @Schema(example = "县总工会财务部") @NotBlank @Size(max = 100) String verifiedBy,
            @Schema(description = "核实 date") @NotNull LocalDate verifiedOn,
            @Schema(example = "按实际凭证核定") @Size(max = 2000) String note) {
        Yuan yuan() {
            return new Yuan(verifiedAmount);
        }
    }

    record AdjustmentRequest(
            @Schema(description = "yuan added to the verified amount, negative to take from it; never 0",
                    example = "-1500.00", type = "string")
            @NotNull @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @Schema(example = "县总工会财务部") @NotBlank @Size(max = 100) String adjustedBy,
            @Schema(description = "调整 date") @NotNull LocalDate adjustedOn,
            @Schema(example = "年度审计核减") @NotBlank @Size(max = 2000) String reason) {
        Yuan yuan() {
            return new Yuan(amount);
        }
    }
}
