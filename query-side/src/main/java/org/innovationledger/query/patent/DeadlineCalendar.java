package org.innovationledger.query.patent;

import org.innovationledger.api.patent.AmountDue;
import org.innovationledger.api.patent.AnnualFee;
import org.innovationledger.api.patent.AnnualFees;
import org.innovationledger.api.patent.PatentCalendar;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.query.patent.Deadline.FeeDue;
import org.innovationledger.query.patent.Deadline.Kind;
import org.innovationledger.query.patent.Deadline.Standing;
import org.innovationledger.query.patent.PatentDetail.Correction;
import org.innovationledger.query.patent.PatentDetail.Lapse;
import org.innovationledger.query.patent.PatentDetail.OfficeAction;
import org.innovationledger.query.patent.PatentDetail.Rejection;
import org.innovationledger.query.patent.PatentDetail.StudioRef;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The deadlines of one patent on a day (专利期限), from the patent's current state; every date and amount from
 * {@link PatentCalendar} and {@link AnnualFees}. Only a status that makes a deadline live produces one:
 * <ul>
 *     <li>granted: the annual fees not yet paid, in order — due, in grace, or lost (then nothing after it, as the
 *     patent lapses there) — and the end of the term;</li>
 *     <li>lapsed: the restoration window, while it is open;</li>
 *     <li>an invention filed, in correction, formally examined or published and not yet examined on request: the
 *     request for substantive examination;</li>
 *     <li>pending: every office action not yet answered; in correction: the correction asked for;</li>
 *     <li>rejected: the re-examination window, while it is open.</li>
 * </ul>
 * A deadline more than 365 days ahead is left out. A passed deadline stays while the ledger still waits for the
 * office's consequence of it (a lapse, a deemed withdrawal, the expiry); a passed re-examination or restoration
 * window leaves nothing more to do and is left out.
 */
final class DeadlineCalendar {

    private static final Set<PatentStatus> BEFORE_SUBSTANTIVE_EXAMINATION = EnumSet.of(PatentStatus.FILED,
            PatentStatus.CORRECTION_REQUESTED, PatentStatus.FORMALLY_EXAMINED, PatentStatus.PUBLISHED);
    /** The statuses in which some deadline can be live. */
    static final List<PatentStatus> LIVE = List.of(PatentStatus.FILED, PatentStatus.CORRECTION_REQUESTED,
            PatentStatus.FORMALLY_EXAMINED, PatentStatus.PUBLISHED, PatentStatus.UNDER_SUBSTANTIVE_EXAMINATION,
            PatentStatus.REJECTED, PatentStatus.GRANTED, PatentStatus.LAPSED);

    private final PatentView patent;
    private final StudioRef studio;
    private final LocalDate on;
    private final List<Deadline> deadlines = new ArrayList<>();

    private DeadlineCalendar(PatentView patent, StudioRef studio, LocalDate on) {
        this.patent = patent;
        this.studio = studio;
        this.on = on;
    }

    static List<Deadline> of(PatentView patent, StudioRef studio, LocalDate on) {
        if (patent.status == null || patent.type == null || patent.filedOn == null) {
            return List.of();
        }
        DeadlineCalendar calendar = new DeadlineCalendar(patent, studio, on);
        calendar.annualFees();
        calendar.restoration();
        calendar.substantiveExaminationRequest();
        calendar.officeActionResponses();
        calendar.correction();
        calendar.reexamination();
        calendar.expiry();
        return List.copyOf(calendar.deadlines);
    }

    private void annualFees() {
        if (patent.status != PatentStatus.GRANTED || patent.grantedOn == null) {
            return;
        }
        int first = AnnualFees.firstYearOwed(patent.filedOn, patent.grantedOn);
        for (int year = first; year <= PatentCalendar.termYears(patent.type, patent.filedOn); year++) {
            Optional<AnnualFee> owed = AnnualFees.owed(patent.type, patent.filedOn, patent.grantedOn, year);
            if (patent.isPaid(year) || owed.isEmpty()) {
                continue;
            }
            AnnualFee fee = owed.get();
            if (DeadlineGroup.of(fee.dueOn(), on).isEmpty()) {
                return;
            }
            Optional<Integer> graceMonth = fee.graceMonthOn(on);
            Standing standing = graceMonth.isEmpty() ? Standing.LOST
                    : graceMonth.get() == 0 ? Standing.DUE : Standing.IN_GRACE;
            FeeDue due = new FeeDue(year, fee.fee(), fee.dueOn(), fee.graceEndsOn(), graceMonth.orElse(null),
                                    fee.amountDueOn(on).orElse(null), fee.graceMonths());
            add(Kind.ANNUAL_FEE, String.valueOf(year), fee.dueOn(), fee.graceEndsOn(), standing,
                feeSummaryChinese(due, standing), feeSummaryEnglish(due, standing), null, due);
            if (standing == Standing.LOST) {
                return;
            }
        }
    }

    private void restoration() {
        Optional<Lapse> lapse = patent.lastLapse();
        if (patent.status != PatentStatus.LAPSED || lapse.isEmpty() || patent.grantedOn == null) {
            return;
        }
        LocalDate dueOn = lapse.get().restorableUntil() != null ? lapse.get().restorableUntil()
                : PatentCalendar.restorationDueOn(lapse.get().lapsedOn());
        if (dueOn.isBefore(on)) {
            return;
        }
        int year = lapse.get().patentYear();
        FeeDue due = AnnualFees.owed(patent.type, patent.filedOn, patent.grantedOn, year)
                               .map(fee -> new FeeDue(year, fee.fee(), fee.dueOn(), fee.graceEndsOn(), null,
                                                      fee.amountDueOnRestoration(), List.of()))
                               .orElse(null);
        String amount = due == null ? "" : due.amountDueToday().total().toString();
        add(Kind.RESTORATION_REQUEST, String.valueOf(year), dueOn, dueOn, Standing.DUE,
            "请求恢复专利权：补缴第" + year + "年度年费及25%滞纳金共" + amount + "元",
            "Request restoration of the patent, paying the annual fee for patent year " + year
                    + " with the 25 % surcharge: " + amount + " yuan", null, due);
    }

    private void substantiveExaminationRequest() {
        if (!patent.type.isExaminedSubstantively() || !BEFORE_SUBSTANTIVE_EXAMINATION.contains(patent.status)
                || patent.substantiveExaminationRequestedOn != null) {
            return;
        }
        LocalDate dueOn = patent.substantiveExaminationDueOn != null ? patent.substantiveExaminationDueOn
                : PatentCalendar.substantiveExaminationDueOn(patent.filedOn, patent.priorityDate);
        Standing standing = passedOrDue(dueOn);
        add(Kind.SUBSTANTIVE_EXAMINATION_REQUEST, "", dueOn, dueOn, standing,
            standing == Standing.DUE ? "提出实质审查请求" : "实质审查请求期限已届满：申请将被视为撤回",
            standing == Standing.DUE ? "Request substantive examination"
                    : "The period to request substantive examination has ended: the application will be deemed "
                    + "withdrawn", null, null);
    }

    private void officeActionResponses() {
        if (!patent.status.isPending()) {
            return;
        }
        for (OfficeAction action : patent.officeActions) {
            if (action.answered() || action.responseDueOn() == null) {
                continue;
            }
            Standing standing = passedOrDue(action.responseDueOn());
            add(Kind.OFFICE_ACTION_RESPONSE, action.officeActionId(), action.responseDueOn(), action.responseDueOn(),
                standing,
                standing == Standing.DUE ? "答复审查意见通知书" + action.officeActionId()
                        : "审查意见通知书" + action.officeActionId() + "答复期限已届满：申请将被视为撤回",
                standing == Standing.DUE ? "Answer office action " + action.officeActionId()
                        : "The period to answer office action " + action.officeActionId()
                        + " has ended: the application will be deemed withdrawn",
                action.officeActionId(), null);
        }
    }

    private void correction() {
        Optional<Correction> correction = patent.lastCorrection();
        if (patent.status != PatentStatus.CORRECTION_REQUESTED || correction.isEmpty()
                || correction.get().responseDueOn() == null) {
            return;
        }
        LocalDate dueOn = correction.get().responseDueOn();
        Standing standing = passedOrDue(dueOn);
        add(Kind.CORRECTION_RESPONSE, String.valueOf(correction.get().requestedOn()), dueOn, dueOn, standing,
            standing == Standing.DUE ? "提交补正" : "补正期限已届满：申请将被视为撤回",
            standing == Standing.DUE ? "Submit the correction asked for in formal examination"
                    : "The period for the correction has ended: the application will be deemed withdrawn",
            null, null);
    }

    private void reexamination() {
        Optional<Rejection> rejection = patent.lastRejection();
        if (patent.status != PatentStatus.REJECTED || rejection.isEmpty()) {
            return;
        }
        LocalDate dueOn = rejection.get().reexaminationDueOn() != null ? rejection.get().reexaminationDueOn()
                : PatentCalendar.reexaminationDueOn(rejection.get().rejectedOn());
        if (dueOn.isBefore(on)) {
            return;
        }
        add(Kind.REEXAMINATION_REQUEST, String.valueOf(rejection.get().rejectedOn()), dueOn, dueOn, Standing.DUE,
            "对驳回决定提出复审请求", "Request re-examination of the rejection", null, null);
    }

    private void expiry() {
        if (patent.status != PatentStatus.GRANTED) {
            return;
        }
        LocalDate termEndsOn = patent.termEndsOn != null ? patent.termEndsOn
                : PatentCalendar.termEndsOn(patent.type, patent.filedOn);
        boolean ended = termEndsOn.isBefore(on);
        add(Kind.EXPIRY, "", termEndsOn, termEndsOn, ended ? Standing.TERM_ENDED : Standing.DUE,
            ended ? "专利权期限已届满（待登记期限届满终止）" : "专利权期限届满",
            ended ? "The term has ended; record the expiry" : "Last day of the patent's term", null, null);
    }

    private Standing passedOrDue(LocalDate dueOn) {
        return dueOn.isBefore(on) ? Standing.LOST : Standing.DUE;
    }

    private void add(Kind kind, String which, LocalDate dueOn, LocalDate lastDay, Standing standing,
                     String chinese, String english, String officeActionId, FeeDue fee) {
        Optional<DeadlineGroup> group = DeadlineGroup.of(dueOn, on);
        if (group.isEmpty()) {
            return;
        }
        String number = patent.patentNumber != null ? patent.patentNumber : patent.applicationNumber;
        String about = "：" + patent.title + "（" + number + "）";
        String aboutEnglish = ": " + patent.title + " (" + number + ")";
        String id = patent.id + "/" + kind.name() + (which.isEmpty() ? "" : "/" + which);
        deadlines.add(new Deadline(id, kind, kind.english(), kind.chinese(), group.get(), standing, dueOn, lastDay,
                                   ChronoUnit.DAYS.between(on, dueOn), patent.id, patent.applicationNumber,
                                   patent.patentNumber, patent.title, patent.type, patent.status,
                                   studio == null ? patent.studioId : studio.id(),
                                   studio == null ? null : studio.name(), chinese + about, english + aboutEnglish,
                                   officeActionId, fee));
    }

    private static String feeSummaryChinese(FeeDue fee, Standing standing) {
        return switch (standing) {
            case DUE -> "缴纳第" + fee.patentYear() + "年度年费" + fee.fee() + "元";
            case IN_GRACE -> "补缴第" + fee.patentYear() + "年度年费（滞纳期第" + fee.graceMonthToday() + "个月，应缴"
                    + total(fee.amountDueToday()) + "元，最迟" + fee.graceEndsOn() + "）";
            default -> "第" + fee.patentYear() + "年度年费未缴，滞纳期已于" + fee.graceEndsOn() + "届满：专利权终止";
        };
    }

    private static String feeSummaryEnglish(FeeDue fee, Standing standing) {
        return switch (standing) {
            case DUE -> "Pay the annual fee for patent year " + fee.patentYear() + ": " + fee.fee() + " yuan";
            case IN_GRACE -> "Pay the overdue annual fee for patent year " + fee.patentYear() + " (month "
                    + fee.graceMonthToday() + " of grace: " + total(fee.amountDueToday()) + " yuan; by "
                    + fee.graceEndsOn() + " at the latest)";
            default -> "The annual fee for patent year " + fee.patentYear() + " is unpaid and its grace ended on "
                    + fee.graceEndsOn() + ": the patent lapses";
        };
    }

    private static String total(AmountDue amount) {
        return amount == null ? "" : amount.total().toString();
    }
}
