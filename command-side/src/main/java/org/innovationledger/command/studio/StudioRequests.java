package org.innovationledger.command.studio;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Request bodies of the studio commands, validated field by field before a command is built. */
final class StudioRequests {

    /** A six-digit GB/T 2260 code starting with a province code. */
    static final String REGION_CODE = "(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])\\d{4}";
    static final String REGION_MESSAGE = "must be a six-digit region code (GB/T 2260), e.g. 360829";
    /** A member is identified by their id in the enterprise (工号). */
    static final String MEMBER_ID = "[A-Za-z0-9_-]{1,40}";

    private StudioRequests() {
    }

    record LeaderRequest(
            @Schema(example = "李建华") @NotBlank @Size(max = 50) String name,
            @Schema(description = "荣誉称号", example = "全国劳动模范") @NotBlank @Size(max = 100) String honourTitle) {
        Leader toLeader() {
            return new Leader(name.trim(), honourTitle.trim());
        }
    }

    record RegisterStudioRequest(
            @Schema(example = "李建华劳模创新工作室") @NotBlank @Size(max = 100) String name,
            @Schema(example = "MODEL_WORKER") @NotNull StudioKind kind,
            @Schema(description = "命名级别", example = "COUNTY") @NotNull NamingLevel level,
            @Schema(description = "所在企业", example = "赣鄱矿业有限公司") @NotBlank @Size(max = 200) String hostEnterprise,
            @Schema(example = "360829") @NotNull @Pattern(regexp = REGION_CODE, message = REGION_MESSAGE) String regionCode,
            @Schema(description = "命名单位", example = "安福县总工会") @NotBlank @Size(max = 100) String namingUnion,
            @NotNull @Valid LeaderRequest leader,
            @Schema(example = "2024-05-01") @NotNull LocalDate foundedOn,
            @Size(max = 2000) String description) {
    }

    record UpdateProfileRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String hostEnterprise,
            @NotNull @Pattern(regexp = REGION_CODE, message = REGION_MESSAGE) String regionCode,
            @Size(max = 2000) String description) {
        RegionCode region() {
            return new RegionCode(regionCode);
        }
    }

    record JoinRequest(
            @Schema(description = "工号: the member's id in the enterprise", example = "GP-1024")
            @NotNull @Pattern(regexp = MEMBER_ID, message = "must be 1 to 40 letters, digits, '-' or '_'") String memberId,
            @Schema(example = "王小明") @NotBlank @Size(max = 50) String name,
            @Schema(example = "技术骨干") @NotBlank @Size(max = 50) String role,
            @Schema(description = "徒弟 (apprentice)") boolean apprentice,
            @NotNull LocalDate joinedOn) {
    }

    record LeaveRequest(@NotNull LocalDate leftOn, @Size(max = 500) String reason) {
    }

    record ChangeLeaderRequest(@NotNull @Valid LeaderRequest leader, @NotNull LocalDate changedOn,
                               @Size(max = 500) String reason) {
    }

    record PromoteRequest(@NotNull NamingLevel level,
                          @Schema(example = "吉安市总工会") @NotBlank @Size(max = 100) String namingUnion,
                          @NotNull LocalDate promotedOn) {
    }

    record StatusChangeRequest(@Schema(description = "why", example = "年度考核不合格")
                               @NotBlank @Size(max = 500) String reason,
                               @NotNull LocalDate effectiveOn) {
    }

    record GrantRequest(
            @Schema(description = "yuan, at most two decimals", example = "50000.00", type = "string")
            @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @Schema(example = "安福县总工会") @NotBlank @Size(max = 100) String grantor,
            @Schema(example = "工作室启动经费") @NotBlank @Size(max = 200) String purpose,
            @NotNull LocalDate grantedOn) {
        Yuan yuan() {
            return new Yuan(amount);
        }
    }

    record SpendRequest(
            @Schema(example = "12800.50", type = "string")
            @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @Schema(example = "购置检测设备") @NotBlank @Size(max = 200) String purpose,
            @NotNull LocalDate spentOn) {
        Yuan yuan() {
            return new Yuan(amount);
        }
    }

    record ChallengeRequest(
            @Schema(example = "井下皮带机跑偏") @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) String description,
            @NotNull LocalDate takenOn) {
    }

    record SolutionRequest(@Schema(example = "加装自动纠偏装置，停机时间减少 80%") @NotBlank @Size(max = 2000) String outcome,
                           @NotNull LocalDate solvedOn) {
    }

    record StarRatingRequest(
            @Schema(description = "the year rated", example = "2025") @NotNull @Min(1900) @Max(9999) Integer year,
            @Schema(description = "the official star, 0 (none) to 5", example = "4") @NotNull Integer stars,
            @Schema(description = "the star the policy computed, 0 to 5", example = "3") @NotNull Integer computedStars,
            @Schema(description = "the rating policy that computed it", example = "default")
            @NotBlank @Size(max = 64) String policyId,
            @Schema(description = "the policy's version that computed it", example = "1")
            @NotNull @Positive Integer policyVersion,
            @Schema(description = "why the official star differs from the computed one, or replaces an earlier one",
                    example = "获全国五一劳动奖状，评定委员会决定上调一星") @Size(max = 2000) String reason,
            @Schema(description = "who confirmed it", example = "吉安市总工会经济技术部")
            @NotBlank @Size(max = 100) String confirmedBy) {
        String trimmedReason() {
            return reason == null ? null : reason.trim();
        }
    }
}
