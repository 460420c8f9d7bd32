package org.innovationledger.query.patent;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.InvalidationExtent;
import org.innovationledger.api.patent.LicenceKind;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.patent.ReexaminationOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the read model knows about one patent application and the patent granted on it (专利详情). */
@Schema(description = "A patent: its path through the office, its fees, owners, licences and the studio it came from")
public record PatentDetail(
        String id,
        @Schema(description = "申请号", example = "201710601862.3") String applicationNumber,
        @Schema(description = "专利号, once granted", example = "ZL201710601862.3") String patentNumber,
        @Schema(description = "公开号, once published (inventions)") String publicationNumber,
        PatentType type,
        String title,
        PatentStatus status,
        @Schema(description = "The date of the step that brought the current status") LocalDate statusSince,
        @Schema(description = "The studio that filed it, as the studio's events describe it now") StudioRef studio,
        @Schema(description = "申请日") LocalDate filedOn,
        @Schema(description = "优先权日; empty without a priority claim") LocalDate priorityDate,
        @Schema(description = "申请人 at filing") List<String> applicants,
        @Schema(description = "专利权人 now: the applicants, or whoever it was transferred to") List<String> owners,
        @Schema(description = "发明人") List<String> inventors,
        @Schema(description = "The \"five smalls\" achievements it came from") List<String> achievementIds,
        @Schema(description = "Last day of the term (期限届满日)") LocalDate termEndsOn,
        @Schema(description = "Last day to request substantive examination (inventions)")
        LocalDate substantiveExaminationDueOn,
        LocalDate formalExaminationPassedOn,
        LocalDate publishedOn,
        LocalDate substantiveExaminationRequestedOn,
        @Schema(description = "授权公告日") LocalDate grantedOn,
        @Schema(description = "The patent year of the grant: the first that owes an annual fee")
        Integer firstAnnualFeeYear,
        List<Correction> corrections,
        List<OfficeAction> officeActions,
        List<Rejection> rejections,
        @Schema(description = "Annual fees paid (年费缴纳记录), by patent year") List<FeePayment> annualFeesPaid,
        List<Lapse> lapses,
        List<Transfer> transfers,
        List<Licence> licences,
        List<Invalidation> invalidations,
        @Schema(description = "Set when the application was withdrawn or deemed withdrawn") Withdrawal withdrawal,
        @Schema(description = "Set when the expiry was recorded") Expiry expiry,
        @Schema(description = "When the filing was recorded in the ledger") Instant recordedAt,
        @Schema(description = "Version of the patent this view shows (also the ETag)") long version) {

    /** The studio a patent belongs to (所属工作室): its id, and its name, enterprise and region as they are now. */
    public record StudioRef(String id, String name,
                            @Schema(description = "所在企业") String hostEnterprise,
                            @Schema(description = "GB/T 2260 region code", example = "360829") String regionCode) {
    }

    /** A request for correction in formal examination (补正通知书). */
    public record Correction(LocalDate requestedOn, LocalDate responseDueOn, String defects) {
    }

    /** An office action (审查意见通知书) and its answer (意见陈述), if given. */
    public record OfficeAction(String officeActionId, LocalDate issuedOn, LocalDate responseDueOn, String summary,
                               LocalDate answeredOn, String answer) {

        boolean answered() {
            return answeredOn != null;
        }

        OfficeAction answer(LocalDate on, String text) {
            return new OfficeAction(officeActionId, issuedOn, responseDueOn, summary, on, text);
        }
    }

    /** A rejection (驳回), and its re-examination (复审) if requested. */
    public record Rejection(LocalDate rejectedOn, String reason, LocalDate reexaminationDueOn,
                            LocalDate reexaminationRequestedOn, ReexaminationOutcome outcome, LocalDate decidedOn,
                            String decisionReason) {

        Rejection reexaminationRequested(LocalDate on) {
            return new Rejection(rejectedOn, reason, reexaminationDueOn, on, outcome, decidedOn, decisionReason);
        }

        Rejection decided(ReexaminationOutcome decision, LocalDate on, String why) {
            return new Rejection(rejectedOn, reason, reexaminationDueOn, reexaminationRequestedOn, decision, on, why);
        }
    }

    /**
     * An annual fee paid (缴纳年费): the fee in the table plus the surcharge (滞纳金) of the month of grace it was paid
     * in. {@code onRestoration} marks the fee paid with a restoration (恢复权利), with the full surcharge.
     */
    public record FeePayment(int patentYear, LocalDate dueOn, LocalDate paidOn, Yuan baseFee, int surchargePercent,
                             Yuan surcharge, Yuan amountPaid, boolean onRestoration) {
    }

    /** A lapse for an unpaid annual fee (未缴年费终止), and the restoration (恢复) if there was one. */
    public record Lapse(int patentYear, LocalDate feeDueOn, LocalDate graceEndedOn, LocalDate lapsedOn,
                        LocalDate restorableUntil, LocalDate restoredOn, String restorationReason) {

        Lapse restored(LocalDate on, String reason) {
            return new Lapse(patentYear, feeDueOn, graceEndedOn, lapsedOn, restorableUntil, on, reason);
        }
    }

    /** A transfer of the patent (专利权转让). */
    public record Transfer(List<String> previousOwners, List<String> newOwners, LocalDate transferredOn) {
    }

    /** A licence (专利实施许可). */
    public record Licence(String licenceId, String licensee, LicenceKind kind, LocalDate startsOn, LocalDate endsOn,
                          Yuan fee) {
    }

    /** An invalidation decision (无效宣告), wholly or of some claims. */
    public record Invalidation(InvalidationExtent extent, List<Integer> invalidatedClaims, LocalDate decidedOn,
                               String reason) {
    }

    /** The application withdrawn by the applicant (撤回) or deemed withdrawn by the office (视为撤回). */
    public record Withdrawal(LocalDate withdrawnOn, String reason, boolean byOffice) {
    }

    /** The term ended (期限届满终止). */
    public record Expiry(LocalDate termEndedOn, LocalDate recordedOn) {
    }
}
