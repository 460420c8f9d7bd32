package org.innovationledger.command.patent;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.ApplicationNumber;
import org.innovationledger.api.patent.InvalidationExtent;
import org.innovationledger.api.patent.LicenceKind;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.patent.ReexaminationOutcome;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Request bodies of the patent commands, validated field by field before a command is built. */
final class PatentRequests {

    private PatentRequests() {
    }

    /** A valid application number (专利申请号): twelve digits, a dot and the right check character. */
    @Constraint(validatedBy = ApplicationNumberFormat.Validator.class)
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface ApplicationNumberFormat {

        String message() default "must be an application number such as 201710601862.3";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Says what is wrong: the format, the year, the type digit, or which check character the digits need. */
        final class Validator implements ConstraintValidator<ApplicationNumberFormat, String> {

            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                Optional<String> problem = value == null ? Optional.empty() : ApplicationNumber.problemWith(value);
                problem.ifPresent(message -> {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(message.replaceAll("[{}$\\\\]", ""))
                           .addConstraintViolation();
                });
                return problem.isEmpty();
            }
        }
    }

    record FilePatentRequest(
            @Schema(description = "Id of the studio that files") @NotBlank @Size(max = 64) String studioId,
            @Schema(description = "专利申请号", example = "201710601862.3") @NotNull @ApplicationNumberFormat
            String applicationNumber,
            @Schema(description = "专利类型; must match the number's type digit", example = "INVENTION")
            @NotNull PatentType type,
            @Schema(description = "名称", example = "一种带式输送机自动纠偏装置") @NotBlank @Size(max = 200) String title,
            @Schema(description = "申请日", example = "2017-07-20") @NotNull LocalDate filedOn,
            @Schema(description = "优先权日, when priority is claimed") LocalDate priorityDate,
            @Schema(description = "申请人", example = "[\"赣鄱矿业有限公司\"]")
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> applicants,
            @Schema(description = "发明人 / 设计人", example = "[\"李建华\", \"王小明\"]")
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 50) String> inventors,
            @Schema(description = "Ids of the achievements (成果) the patent came from")
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> achievementIds) {

        ApplicationNumber number() {
            return new ApplicationNumber(applicationNumber);
        }
    }

    record CorrectionRequest(
            @Schema(description = "补正通知书 date") @NotNull LocalDate requestedOn,
            @Schema(description = "补正期限") @NotNull LocalDate responseDueOn,
            @Schema(example = "说明书附图不清晰") @NotBlank @Size(max = 2000) String defects) {
    }

    record FormalExaminationRequest(@Schema(description = "初审合格 date") @NotNull LocalDate passedOn) {
    }

    record PublicationRequest(
            @Schema(description = "公布日") @NotNull LocalDate publishedOn,
            @Schema(description = "公开号", example = "CN107444867A")
            @Pattern(regexp = "CN\\d{7,9}A", message = "must be a publication number such as CN107444867A")
            String publicationNumber) {
    }

    record SubstantiveExaminationRequest(@Schema(description = "实审请求 date") @NotNull LocalDate requestedOn) {
    }

    record OfficeActionRequest(
            @Schema(description = "审查意见通知书 date") @NotNull LocalDate issuedOn,
            @Schema(description = "答复期限") @NotNull LocalDate responseDueOn,
            @Schema(example = "权利要求1不具备创造性") @Size(max = 2000) String summary) {
    }

    record AnswerRequest(
            @Schema(description = "意见陈述 date") @NotNull LocalDate answeredOn,
            @Schema(example = "修改权利要求1，增加纠偏辊特征") @Size(max = 2000) String summary) {
    }

    record GrantRequest(@Schema(description = "授权公告日") @NotNull LocalDate announcedOn) {
    }

    record RejectionRequest(
            @Schema(description = "驳回决定 date") @NotNull LocalDate rejectedOn,
            @Schema(example = "权利要求1不具备创造性") @NotBlank @Size(max = 2000) String reason) {
    }

    record ReexaminationRequest(@Schema(description = "复审请求 date") @NotNull LocalDate requestedOn) {
    }

    record ReexaminationDecisionRequest(
            @Schema(description = "UPHELD 维持驳回 or OVERTURNED 撤销驳回") @NotNull ReexaminationOutcome outcome,
            @Schema(description = "复审决定 date") @NotNull LocalDate decidedOn,
            @Size(max = 2000) String reason) {
    }

    record WithdrawalRequest(
            @NotNull LocalDate withdrawnOn,
            @Schema(example = "改为申请实用新型") @NotBlank @Size(max = 500) String reason) {
    }

    record DeemedWithdrawalRequest(
            @NotNull LocalDate deemedOn,
            @Schema(example = "逾期未答复审查意见通知书") @NotBlank @Size(max = 500) String reason) {
    }

    record AnnualFeeRequest(
            @Schema(description = "专利年度", example = "5") @NotNull @Min(1) @Max(20) Integer patentYear,
            @Schema(description = "yuan paid: the fee plus any surcharge (滞纳金)", example = "1260.00",
                    type = "string")
            @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @NotNull LocalDate paidOn) {
        Yuan yuan() {
            return new Yuan(amount);
        }
    }

    record LapseRequest(@Schema(description = "终止通知 date") @NotNull LocalDate lapsedOn) {
    }

    record RestorationRequest(
            @NotNull LocalDate restoredOn,
            @Schema(description = "yuan: the fee the patent lapsed for plus the 25 % surcharge", example = "1500.00",
                    type = "string")
            @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @Schema(example = "财务人员变动，漏缴年费") @NotBlank @Size(max = 500) String reason) {
        Yuan yuan() {
            return new Yuan(amount);
        }
    }

    record TransferRequest(
            @Schema(description = "新专利权人", example = "[\"赣鄱矿业集团有限公司\"]")
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> newOwners,
            @Schema(description = "登记日") @NotNull LocalDate transferredOn) {
    }

    record LicenceRequest(
            @Schema(description = "被许可人", example = "吉安恒通机械有限公司") @NotBlank @Size(max = 200) String licensee,
            @Schema(description = "EXCLUSIVE 独占, SOLE 排他 or ORDINARY 普通") @NotNull LicenceKind kind,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @Schema(description = "licence fee in yuan; 0 for a free licence", example = "150000.00", type = "string")
            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal fee) {
        Yuan yuan() {
            return new Yuan(fee);
        }
    }

    record InvalidationRequest(
            @Schema(description = "WHOLLY 全部无效 or PARTLY 部分无效") @NotNull InvalidationExtent extent,
            @Schema(description = "the invalidated claims' numbers; required when PARTLY", example = "[1, 3]")
            @Size(max = 500) List<@NotNull @Positive Integer> invalidatedClaims,
            @Schema(description = "无效宣告决定 date") @NotNull LocalDate decidedOn,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record ExpiryRequest(@Schema(description = "the day the expiry is recorded") @NotNull LocalDate recordedOn) {
    }
}
