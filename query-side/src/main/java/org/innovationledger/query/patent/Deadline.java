package org.innovationledger.query.patent;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.AmountDue;
import org.innovationledger.api.patent.GraceMonth;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;

import java.time.LocalDate;
import java.util.List;

/** A deadline of a patent (专利期限), as it stands on the day the calendar was asked for. */
@Schema(description = "A deadline of a patent on the day asked for")
public record Deadline(
        @Schema(description = "Stable across days and readings: patent, kind and which fee, office action or "
                + "decision it is", example = "p-1/ANNUAL_FEE/5") String id,
        Kind kind,
        @Schema(example = "Annual fee") String kindEnglish,
        @Schema(example = "年费") String kindChinese,
        DeadlineGroup group,
        Standing standing,
        @Schema(description = "The deadline itself: the day the step is due") LocalDate dueOn,
        @Schema(description = "The last day the step can still be taken: the end of grace for an annual fee, else "
                + "the due date") LocalDate lastDay,
        @Schema(description = "Days from the day asked for to the due date; negative when overdue") long daysLeft,
        String patentId,
        String applicationNumber,
        String patentNumber,
        String title,
        PatentType patentType,
        PatentStatus patentStatus,
        String studioId,
        String studioName,
        @Schema(description = "What to do, in Chinese") String summaryChinese,
        @Schema(description = "What to do, in English") String summaryEnglish,
        @Schema(description = "The office action to answer (OFFICE_ACTION_RESPONSE)") String officeActionId,
        @Schema(description = "The fee to pay (ANNUAL_FEE, RESTORATION_REQUEST)") FeeDue annualFee) {

    /** What kind of deadline (期限类型). */
    public enum Kind {
        ANNUAL_FEE("Annual fee", "年费"),
        SUBSTANTIVE_EXAMINATION_REQUEST("Request for substantive examination", "实质审查请求"),
        OFFICE_ACTION_RESPONSE("Response to an office action", "审查意见答复"),
        CORRECTION_RESPONSE("Correction in formal examination", "补正"),
        REEXAMINATION_REQUEST("Request for re-examination", "复审请求"),
        RESTORATION_REQUEST("Request for restoration", "恢复权利请求"),
        EXPIRY("End of term", "期限届满");

        private final String english;
        private final String chinese;

        Kind(String english, String chinese) {
            this.english = english;
            this.chinese = chinese;
        }

        public String english() {
            return english;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** Where a deadline stands on the day asked for. */
    public enum Standing {
        /** Not passed yet: due today or later (未到期). */
        DUE,
        /** An annual fee past its due date, still payable with a surcharge until the end of grace (滞纳期内). */
        IN_GRACE,
        /**
         * Passed and can no longer be met: an annual fee after its grace (the patent lapses), a request or response
         * after its period (the application will be deemed withdrawn). Shown until the office's consequence is
         * recorded (已逾期，无法补救).
         */
        LOST,
        /** The term has ended and the expiry is yet to be recorded (期限已届满). */
        TERM_ENDED
    }

    /**
     * An annual fee to pay (应缴年费): the fee in the table, its due date and six months of grace with what a payment
     * in each costs, and what a payment on the day asked for costs. For a restoration, the fee the patent lapsed for
     * with the full surcharge.
     *
     * @param graceMonthToday 0 before or on the due date, 1 to 6 in grace, empty once grace ended or for a
     *                        restoration
     * @param amountDueToday  what paying on the day asked for costs; empty once grace ended
     */
    @Schema(description = "An annual fee to pay")
    public record FeeDue(
            @Schema(description = "专利年度") int patentYear,
            @Schema(description = "The fee in the table, without surcharge", example = "900.00") Yuan fee,
            LocalDate dueOn,
            @Schema(description = "Last day of the six months of grace") LocalDate graceEndsOn,
            Integer graceMonthToday,
            AmountDue amountDueToday,
            @Schema(description = "The six months of grace with the surcharge and total of a payment in each; empty "
                    + "for a restoration") List<GraceMonth> graceMonths) {
    }

    boolean stillActionable() {
        return standing == Standing.DUE || standing == Standing.IN_GRACE;
    }
}
