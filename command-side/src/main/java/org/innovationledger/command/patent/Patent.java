package org.innovationledger.command.patent;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.api.common.BusinessRuleViolation;
import org.innovationledger.api.common.ErrorCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.AmountDue;
import org.innovationledger.api.patent.AnnualFee;
import org.innovationledger.api.patent.AnnualFeePaid;
import org.innovationledger.api.patent.AnnualFees;
import org.innovationledger.api.patent.AnswerOfficeAction;
import org.innovationledger.api.patent.ApplicationDeemedWithdrawn;
import org.innovationledger.api.patent.ApplicationNumber;
import org.innovationledger.api.patent.ApplicationPublished;
import org.innovationledger.api.patent.ApplicationRejected;
import org.innovationledger.api.patent.ApplicationWithdrawn;
import org.innovationledger.api.patent.CorrectionRequested;
import org.innovationledger.api.patent.DecideReexamination;
import org.innovationledger.api.patent.DeemWithdrawn;
import org.innovationledger.api.patent.FilePatent;
import org.innovationledger.api.patent.FormalExaminationPassed;
import org.innovationledger.api.patent.GrantPatent;
import org.innovationledger.api.patent.InvalidatePatent;
import org.innovationledger.api.patent.InvalidationExtent;
import org.innovationledger.api.patent.IssueOfficeAction;
import org.innovationledger.api.patent.LicensePatent;
import org.innovationledger.api.patent.OfficeActionAnswered;
import org.innovationledger.api.patent.OfficeActionIssued;
import org.innovationledger.api.patent.PassFormalExamination;
import org.innovationledger.api.patent.PatentCalendar;
import org.innovationledger.api.patent.PatentExpired;
import org.innovationledger.api.patent.PatentFiled;
import org.innovationledger.api.patent.PatentGranted;
import org.innovationledger.api.patent.PatentInvalidated;
import org.innovationledger.api.patent.PatentLapsed;
import org.innovationledger.api.patent.PatentLicensed;
import org.innovationledger.api.patent.PatentRestored;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentTransferred;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.patent.PayAnnualFee;
import org.innovationledger.api.patent.PublishApplication;
import org.innovationledger.api.patent.RecordExpiry;
import org.innovationledger.api.patent.RecordLapse;
import org.innovationledger.api.patent.ReexaminationOutcome;
import org.innovationledger.api.patent.ReexaminationRequested;
import org.innovationledger.api.patent.RejectApplication;
import org.innovationledger.api.patent.RejectionOverturned;
import org.innovationledger.api.patent.RejectionUpheld;
import org.innovationledger.api.patent.RequestCorrection;
import org.innovationledger.api.patent.RequestReexamination;
import org.innovationledger.api.patent.RequestSubstantiveExamination;
import org.innovationledger.api.patent.RestorePatent;
import org.innovationledger.api.patent.SubstantiveExaminationRequested;
import org.innovationledger.api.patent.TransferPatent;
import org.innovationledger.api.patent.WithdrawApplication;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.command.studio.StudioStandings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.innovationledger.api.patent.PatentStatus.CORRECTION_REQUESTED;
import static org.innovationledger.api.patent.PatentStatus.FILED;
import static org.innovationledger.api.patent.PatentStatus.FORMALLY_EXAMINED;
import static org.innovationledger.api.patent.PatentStatus.GRANTED;
import static org.innovationledger.api.patent.PatentStatus.LAPSED;
import static org.innovationledger.api.patent.PatentStatus.PUBLISHED;
import static org.innovationledger.api.patent.PatentStatus.REJECTED;
import static org.innovationledger.api.patent.PatentStatus.UNDER_REEXAMINATION;
import static org.innovationledger.api.patent.PatentStatus.UNDER_SUBSTANTIVE_EXAMINATION;

/**
 * A patent application filed by a studio and the patent granted on it (专利), under Chinese patent rules.
 * <ul>
 *     <li>An invention (发明) is formally examined (初审, perhaps after a correction 补正), published (公布),
 *     examined substantively on request (实质审查, requested within three years of the filing or priority date),
 *     with office actions (审查意见通知书) answered by their deadlines, and granted (授权) or rejected (驳回).
 *     A utility model (实用新型) or design (外观设计) goes from formal examination to grant.</li>
 *     <li>A rejection may be re-examined (复审) if requested within three months; the decision upholds it (final) or
 *     overturns it (examination continues where it stopped). A pending application may be withdrawn (撤回) or
 *     deemed withdrawn (视为撤回).</li>
 *     <li>A granted patent in force pays its annual fees (年费), lapses (终止) when one is unpaid after its grace
 *     period, may be restored (恢复) within two months, transferred (转让), licensed (许可), invalidated wholly or
 *     partly (无效), and expires after its term (期限届满).</li>
 * </ul>
 * Withdrawn, deemed withdrawn, finally rejected, wholly invalidated and expired patents accept nothing more. The
 * dates and amounts come from {@link PatentCalendar} and {@link AnnualFees}.
 */
@Aggregate(snapshotTriggerDefinition = "patentSnapshotTrigger")
class Patent {

    @AggregateIdentifier
    private String id;
    private ApplicationNumber applicationNumber;
    private PatentType type;
    private LocalDate filedOn;
    private LocalDate termEndsOn;
    private LocalDate substantiveExaminationDueOn;
    private PatentStatus status;
    private PatentStatus statusBeforeRejection;
    private LocalDate rejectedOn;
    private LocalDate reexaminationRequestedOn;
    private List<String> owners = new ArrayList<>();
    private Map<String, OfficeAction> officeActions = new HashMap<>();
    private AnnualFeeAccount fees;
    private Lapse lapse;
    private Map<String, Licence> licences = new HashMap<>();

    Patent() {
    }

    @CommandHandler
    Patent(FilePatent command, StudioStandings standings) {
        ensureNumberMatchesType(command.applicationNumber(), command.type());
        ensureNumberNotBeforeFilingYear(command.applicationNumber(), command.filedOn());
        ensurePriorityInRange(command.type(), command.priorityDate(), command.filedOn());
        ensureStudioMayFile(command.studioId(), standings);
        PatentType type = command.type();
        apply(new PatentFiled(command.patentId(), command.studioId(), command.applicationNumber(), type,
                command.title(), command.filedOn(), command.priorityDate(), command.applicants(), command.inventors(),
                command.achievementIds(), PatentCalendar.termEndsOn(type, command.filedOn()),
                type.isExaminedSubstantively()
                        ? PatentCalendar.substantiveExaminationDueOn(command.filedOn(), command.priorityDate())
                        : null));
    }

    @CommandHandler
    void handle(RequestCorrection command) {
        ensureInFormalExamination();
        ensureNotBeforeFiling(command.requestedOn());
        ensureNotBefore(command.responseDueOn(), "the response deadline", command.requestedOn(), "the notice");
        apply(new CorrectionRequested(id, command.requestedOn(), command.responseDueOn(), command.defects()));
    }

    @CommandHandler
    void handle(PassFormalExamination command) {
        ensureInFormalExamination();
        ensureNotBeforeFiling(command.passedOn());
        apply(new FormalExaminationPassed(id, command.passedOn()));
    }

    @CommandHandler
    void handle(PublishApplication command) {
        ensurePending();
        ensureInvention();
        ensureFormalExaminationPassed();
        if (status != FORMALLY_EXAMINED) {
            throw new BusinessRuleViolation(ErrorCode.ALREADY_PUBLISHED, "application " + applicationNumber
                    + " is already published");
        }
        ensureNotBeforeFiling(command.publishedOn());
        apply(new ApplicationPublished(id, command.publishedOn(), command.publicationNumber()));
    }

    @CommandHandler
    void handle(RequestSubstantiveExamination command) {
        ensurePending();
        ensureInvention();
        if (status == UNDER_SUBSTANTIVE_EXAMINATION) {
            throw new BusinessRuleViolation(ErrorCode.SUBSTANTIVE_EXAMINATION_ALREADY_REQUESTED,
                    "substantive examination of " + applicationNumber + " is already requested");
        }
        if (status != PUBLISHED) {
            throw new BusinessRuleViolation(ErrorCode.NOT_PUBLISHED, "application " + applicationNumber
                    + " is not published yet; record its publication first");
        }
        ensureNotBeforeFiling(command.requestedOn());
        if (command.requestedOn().isAfter(substantiveExaminationDueOn)) {
            throw new BusinessRuleViolation(ErrorCode.SUBSTANTIVE_EXAMINATION_PERIOD_ENDED,
                    "substantive examination of " + applicationNumber + " had to be requested by "
                            + substantiveExaminationDueOn + ", not on " + command.requestedOn());
        }
        apply(new SubstantiveExaminationRequested(id, command.requestedOn()));
    }

    @CommandHandler
    void handle(IssueOfficeAction command) {
        ensurePending();
        ensureInvention();
        ensureUnderSubstantiveExamination();
        if (officeActions.containsKey(command.officeActionId())) {
            throw new BusinessRuleViolation(ErrorCode.OFFICE_ACTION_ALREADY_RECORDED,
                    "office action " + command.officeActionId() + " is already recorded");
        }
        ensureNotBeforeFiling(command.issuedOn());
        ensureNotBefore(command.responseDueOn(), "the response deadline", command.issuedOn(), "the office action");
        apply(new OfficeActionIssued(id, command.officeActionId(), command.issuedOn(), command.responseDueOn(),
                command.summary()));
    }

    @CommandHandler
    void handle(AnswerOfficeAction command) {
        ensurePending();
        OfficeAction action = officeActions.get(command.officeActionId());
        if (action == null) {
            throw new BusinessRuleViolation(ErrorCode.OFFICE_ACTION_NOT_FOUND,
                    "application " + applicationNumber + " has no office action " + command.officeActionId());
        }
        if (action.answered()) {
            throw new BusinessRuleViolation(ErrorCode.OFFICE_ACTION_ALREADY_ANSWERED,
                    "office action " + command.officeActionId() + " is already answered");
        }
        ensureNotBefore(command.answeredOn(), "the answer", action.issuedOn(), "the office action");
        if (command.answeredOn().isAfter(action.responseDueOn())) {
            throw new BusinessRuleViolation(ErrorCode.OFFICE_ACTION_RESPONSE_PERIOD_ENDED,
                    "office action " + command.officeActionId() + " had to be answered by "
                            + action.responseDueOn() + ", not on " + command.answeredOn());
        }
        apply(new OfficeActionAnswered(id, command.officeActionId(), command.answeredOn(), command.summary()));
    }

    @CommandHandler
    void handle(GrantPatent command) {
        ensurePending();
        if (type.isExaminedSubstantively()) {
            ensureUnderSubstantiveExamination();
        } else {
            ensureFormalExaminationPassed();
        }
        ensureNoOfficeActionAwaitsAnswer();
        ensureNotBeforeFiling(command.announcedOn());
        apply(new PatentGranted(id, applicationNumber.patentNumber(), command.announcedOn(),
                AnnualFees.firstYearOwed(filedOn, command.announcedOn())));
    }

    @CommandHandler
    void handle(RejectApplication command) {
        ensurePending();
        if (!inFormalExamination() && status != UNDER_SUBSTANTIVE_EXAMINATION) {
            throw new BusinessRuleViolation(ErrorCode.NOT_UNDER_EXAMINATION, "application " + applicationNumber
                    + " is " + status + "; only an application under examination can be rejected");
        }
        ensureNoOfficeActionAwaitsAnswer();
        ensureNotBeforeFiling(command.rejectedOn());
        apply(new ApplicationRejected(id, command.rejectedOn(), command.reason(),
                PatentCalendar.reexaminationDueOn(command.rejectedOn())));
    }

    @CommandHandler
    void handle(RequestReexamination command) {
        ensureOpen();
        if (status == UNDER_REEXAMINATION) {
            throw new BusinessRuleViolation(ErrorCode.REEXAMINATION_ALREADY_REQUESTED,
                    "re-examination of " + applicationNumber + " is already requested");
        }
        if (status != REJECTED) {
            throw new BusinessRuleViolation(ErrorCode.NOT_REJECTED, "application " + applicationNumber + " is "
                    + status + ", not rejected");
        }
        ensureNotBefore(command.requestedOn(), "re-examination", rejectedOn, "the rejection");
        LocalDate dueOn = PatentCalendar.reexaminationDueOn(rejectedOn);
        if (command.requestedOn().isAfter(dueOn)) {
            throw new BusinessRuleViolation(ErrorCode.REEXAMINATION_PERIOD_ENDED, "re-examination of the rejection of "
                    + rejectedOn + " had to be requested by " + dueOn + ", not on " + command.requestedOn());
        }
        apply(new ReexaminationRequested(id, command.requestedOn()));
    }

    @CommandHandler
    void handle(DecideReexamination command) {
        ensureOpen();
        if (status != UNDER_REEXAMINATION) {
            throw new BusinessRuleViolation(ErrorCode.REEXAMINATION_NOT_REQUESTED, "application " + applicationNumber
                    + " is " + status + "; no re-examination is under way");
        }
        ensureNotBefore(command.decidedOn(), "the decision", reexaminationRequestedOn, "the re-examination request");
        apply(command.outcome() == ReexaminationOutcome.UPHELD
                ? new RejectionUpheld(id, command.decidedOn(), command.reason())
                : new RejectionOverturned(id, command.decidedOn(), command.reason()));
    }

    @CommandHandler
    void handle(DeemWithdrawn command) {
        ensurePending();
        ensureNotBeforeFiling(command.deemedOn());
        apply(new ApplicationDeemedWithdrawn(id, command.deemedOn(), command.reason()));
    }

    @CommandHandler
    void handle(WithdrawApplication command) {
        ensurePending();
        ensureNotBeforeFiling(command.withdrawnOn());
        apply(new ApplicationWithdrawn(id, command.withdrawnOn(), command.reason()));
    }

    @CommandHandler
    void handle(PayAnnualFee command) {
        ensureInForce();
        ensureNotBeforeFiling(command.paidOn());
        AnnualFee fee = fees.unpaidFee(command.patentYear());
        fees.unpaidAfterGrace(command.paidOn()).ifPresent(unpaid -> {
            throw new BusinessRuleViolation(ErrorCode.ANNUAL_FEE_GRACE_PERIOD_ENDED, "the fee for patent year "
                    + unpaid.patentYear() + " was unpaid when its grace period ended on " + unpaid.graceEndsOn()
                    + "; the patent has lapsed and must be restored");
        });
        AmountDue due = fee.amountDueOn(command.paidOn()).orElseThrow();
        ensureAmount(command.amountPaid(), due, fee, "paid on " + command.paidOn());
        apply(feePaid(fee, command.paidOn(), due, command.amountPaid()));
    }

    @CommandHandler
    void handle(RecordLapse command) {
        ensureInForce();
        AnnualFee unpaid = fees.unpaidAfterGrace(command.lapsedOn()).orElseThrow(
                () -> new BusinessRuleViolation(ErrorCode.GRACE_PERIOD_NOT_ENDED, "on " + command.lapsedOn()
                        + " no unpaid annual fee of patent " + applicationNumber.patentNumber()
                        + " is past its grace period"));
        apply(new PatentLapsed(id, unpaid.patentYear(), unpaid.dueOn(), unpaid.graceEndsOn(), command.lapsedOn(),
                PatentCalendar.restorationDueOn(command.lapsedOn())));
    }

    @CommandHandler
    void handle(RestorePatent command) {
        ensureOpen();
        if (status != LAPSED) {
            throw new BusinessRuleViolation(ErrorCode.PATENT_NOT_LAPSED, "patent " + applicationNumber.patentNumber()
                    + " is " + status + ", not lapsed");
        }
        ensureNotBefore(command.restoredOn(), "restoration", lapse.lapsedOn(), "the lapse");
        if (command.restoredOn().isAfter(lapse.restorableUntil())) {
            throw new BusinessRuleViolation(ErrorCode.RESTORATION_PERIOD_ENDED, "patent "
                    + applicationNumber.patentNumber() + " lapsed on " + lapse.lapsedOn()
                    + " and could be restored until " + lapse.restorableUntil() + ", not on " + command.restoredOn());
        }
        AnnualFee fee = fees.unpaidFee(lapse.patentYear());
        AmountDue due = fee.amountDueOnRestoration();
        ensureAmount(command.amountPaid(), due, fee, "on restoration");
        apply(new PatentRestored(id, lapse.patentYear(), command.restoredOn(), command.reason()));
        apply(feePaid(fee, command.restoredOn(), due, command.amountPaid()));
    }

    @CommandHandler
    void handle(TransferPatent command) {
        ensureInForce();
        ensureNotBeforeFiling(command.transferredOn());
        if (new HashSet<>(command.newOwners()).equals(new HashSet<>(owners))) {
            throw new BusinessRuleViolation(ErrorCode.TRANSFER_TO_CURRENT_OWNERS, "patent "
                    + applicationNumber.patentNumber() + " already belongs to " + owners);
        }
        apply(new PatentTransferred(id, List.copyOf(owners), command.newOwners(), command.transferredOn()));
    }

    @CommandHandler
    void handle(LicensePatent command) {
        ensureInForce();
        if (licences.containsKey(command.licenceId())) {
            throw new BusinessRuleViolation(ErrorCode.LICENCE_ALREADY_RECORDED,
                    "licence " + command.licenceId() + " is already recorded");
        }
        if (command.fee().amount().signum() < 0) {
            throw new BusinessRuleViolation(ErrorCode.AMOUNT_NEGATIVE,
                    "a licence fee cannot be negative, got " + command.fee() + " yuan");
        }
        if (command.endsOn().isBefore(command.startsOn())) {
            throw new BusinessRuleViolation(ErrorCode.LICENCE_TERM_INVALID,
                    "a licence starting on " + command.startsOn() + " cannot end on " + command.endsOn());
        }
        ensureNotBeforeFiling(command.startsOn());
        if (command.endsOn().isAfter(termEndsOn)) {
            throw new BusinessRuleViolation(ErrorCode.LICENCE_BEYOND_PATENT_TERM, "the term of patent "
                    + applicationNumber.patentNumber() + " ends on " + termEndsOn + "; a licence cannot run until "
                    + command.endsOn());
        }
        ensureNotExcluded(new Licence(command.kind(), command.startsOn(), command.endsOn()));
        apply(new PatentLicensed(id, command.licenceId(), command.licensee(), command.kind(), command.startsOn(),
                command.endsOn(), command.fee()));
    }

    @CommandHandler
    void handle(InvalidatePatent command) {
        ensureInForce();
        if (command.extent() == InvalidationExtent.PARTLY && command.invalidatedClaims().isEmpty()) {
            throw new BusinessRuleViolation(ErrorCode.INVALIDATED_CLAIMS_REQUIRED,
                    "a partial invalidation must name the claims it invalidated");
        }
        ensureNotBeforeFiling(command.decidedOn());
        apply(new PatentInvalidated(id, command.extent(), command.invalidatedClaims(), command.decidedOn(),
                command.reason()));
    }

    @CommandHandler
    void handle(RecordExpiry command) {
        ensureInForce();
        if (!command.recordedOn().isAfter(termEndsOn)) {
            throw new BusinessRuleViolation(ErrorCode.TERM_NOT_ENDED, "the term of patent "
                    + applicationNumber.patentNumber() + " lasts until " + termEndsOn + " inclusive");
        }
        apply(new PatentExpired(id, termEndsOn, command.recordedOn()));
    }

    PatentStatus status() {
        return status;
    }

    private AnnualFeePaid feePaid(AnnualFee fee, LocalDate paidOn, AmountDue due, Yuan amountPaid) {
        return new AnnualFeePaid(id, fee.patentYear(), fee.dueOn(), paidOn, due.fee(), due.surchargePercent(),
                due.surcharge(), amountPaid);
    }

    private static void ensureNumberMatchesType(ApplicationNumber number, PatentType type) {
        if (!number.allows(type)) {
            throw new BusinessRuleViolation(ErrorCode.APPLICATION_NUMBER_TYPE_MISMATCH, "application number "
                    + number + " has type digit " + number.typeDigit() + ", which is " + number.type() + ", not "
                    + type);
        }
    }

    private static void ensureNumberNotBeforeFilingYear(ApplicationNumber number, LocalDate filedOn) {
        if (number.year() < filedOn.getYear()) {
            throw new BusinessRuleViolation(ErrorCode.APPLICATION_NUMBER_BEFORE_FILING_YEAR, "application number "
                    + number + " was given in " + number.year() + ", before the filing date " + filedOn);
        }
    }

    private static void ensurePriorityInRange(PatentType type, LocalDate priorityDate, LocalDate filedOn) {
        if (priorityDate != null && (!priorityDate.isBefore(filedOn)
                || filedOn.isAfter(PatentCalendar.priorityPeriodEndsOn(type, priorityDate)))) {
            throw new BusinessRuleViolation(ErrorCode.PRIORITY_DATE_OUT_OF_RANGE, type + " application filed on "
                    + filedOn + " cannot claim priority from " + priorityDate + "; the priority period ended on "
                    + PatentCalendar.priorityPeriodEndsOn(type, priorityDate));
        }
    }

    private static void ensureStudioMayFile(String studioId, StudioStandings standings) {
        if (standings.statusOf(studioId) == StudioStatus.REVOKED) {
            throw new BusinessRuleViolation(ErrorCode.STUDIO_REVOKED,
                    "studio " + studioId + " has had its name revoked and cannot file patents");
        }
    }

    private void ensureOpen() {
        if (status.isFinal()) {
            throw new BusinessRuleViolation(ErrorCode.PATENT_CLOSED, "application " + applicationNumber + " is "
                    + status + " and accepts no further changes");
        }
    }

    private void ensurePending() {
        ensureOpen();
        if (status == REJECTED || status == UNDER_REEXAMINATION) {
            throw new BusinessRuleViolation(ErrorCode.APPLICATION_REJECTED, "application " + applicationNumber
                    + " is " + status + "; only re-examination can continue it");
        }
        if (status == GRANTED || status == LAPSED) {
            throw new BusinessRuleViolation(ErrorCode.PATENT_ALREADY_GRANTED, "application " + applicationNumber
                    + " is granted; its examination is over");
        }
    }

    private void ensureInForce() {
        ensureOpen();
        if (status == LAPSED) {
            throw new BusinessRuleViolation(ErrorCode.PATENT_LAPSED, "patent " + applicationNumber.patentNumber()
                    + " lapsed for the unpaid fee of patent year " + lapse.patentYear() + "; restore it first");
        }
        if (status != GRANTED) {
            throw new BusinessRuleViolation(ErrorCode.PATENT_NOT_GRANTED, "application " + applicationNumber
                    + " is " + status + ", not granted");
        }
    }

    private boolean inFormalExamination() {
        return status == FILED || status == CORRECTION_REQUESTED;
    }

    private void ensureInFormalExamination() {
        ensurePending();
        if (!inFormalExamination()) {
            throw new BusinessRuleViolation(ErrorCode.FORMAL_EXAMINATION_ALREADY_PASSED, "application "
                    + applicationNumber + " has already passed formal examination");
        }
    }

    private void ensureFormalExaminationPassed() {
        if (inFormalExamination()) {
            throw new BusinessRuleViolation(ErrorCode.FORMAL_EXAMINATION_NOT_PASSED, "application "
                    + applicationNumber + " is still in formal examination");
        }
    }

    private void ensureInvention() {
        if (!type.isExaminedSubstantively()) {
            throw new BusinessRuleViolation(ErrorCode.NOT_AN_INVENTION, "application " + applicationNumber
                    + " is a " + type + "; only inventions are published and examined substantively");
        }
    }

    private void ensureUnderSubstantiveExamination() {
        if (status != UNDER_SUBSTANTIVE_EXAMINATION) {
            throw new BusinessRuleViolation(ErrorCode.SUBSTANTIVE_EXAMINATION_NOT_REQUESTED, "application "
                    + applicationNumber + " is " + status + ", not under substantive examination");
        }
    }

    private void ensureNoOfficeActionAwaitsAnswer() {
        officeActions.entrySet().stream().filter(action -> !action.getValue().answered()).findAny()
                     .ifPresent(open -> {
                         throw new BusinessRuleViolation(ErrorCode.OFFICE_ACTION_UNANSWERED, "office action "
                                 + open.getKey() + " awaits its answer, due by " + open.getValue().responseDueOn());
                     });
    }

    private void ensureNotBeforeFiling(LocalDate date) {
        if (date.isBefore(filedOn)) {
            throw new BusinessRuleViolation(ErrorCode.DATE_BEFORE_FILING, "application " + applicationNumber
                    + " was filed on " + filedOn + "; no step of it can be dated " + date);
        }
    }

    private static void ensureNotBefore(LocalDate date, String step, LocalDate previousDate, String previousStep) {
        if (date.isBefore(previousDate)) {
            throw new BusinessRuleViolation(ErrorCode.DATE_BEFORE_PREVIOUS_STEP, step + " on " + date
                    + " cannot come before " + previousStep + " on " + previousDate);
        }
    }

    private static void ensureAmount(Yuan paid, AmountDue due, AnnualFee fee, String when) {
        if (!paid.equals(due.total())) {
            throw new BusinessRuleViolation(ErrorCode.ANNUAL_FEE_AMOUNT_INCORRECT, "the annual fee for patent year "
                    + fee.patentYear() + " " + when + " is " + due.fee() + " yuan plus a " + due.surchargePercent()
                    + " % surcharge of " + due.surcharge() + " yuan: " + due.total() + " yuan, not " + paid);
        }
    }

    private void ensureNotExcluded(Licence licence) {
        licences.entrySet().stream().filter(other -> licence.excludes(other.getValue())).findFirst()
                .ifPresent(other -> {
                    throw new BusinessRuleViolation(ErrorCode.LICENCE_EXCLUDED, "a " + licence.kind()
                            + " licence from " + licence.startsOn() + " to " + licence.endsOn() + " cannot run beside "
                            + other.getValue().kind() + " licence " + other.getKey() + " from "
                            + other.getValue().startsOn() + " to " + other.getValue().endsOn());
                });
    }

    @EventSourcingHandler
    void on(PatentFiled event) {
        id = event.patentId();
        applicationNumber = event.applicationNumber();
        type = event.type();
        filedOn = event.filedOn();
        termEndsOn = event.termEndsOn();
        substantiveExaminationDueOn = event.substantiveExaminationDueOn();
        owners = new ArrayList<>(event.applicants());
        status = FILED;
    }

    @EventSourcingHandler
    void on(CorrectionRequested event) {
        status = CORRECTION_REQUESTED;
    }

    @EventSourcingHandler
    void on(FormalExaminationPassed event) {
        status = FORMALLY_EXAMINED;
    }

    @EventSourcingHandler
    void on(ApplicationPublished event) {
        status = PUBLISHED;
    }

    @EventSourcingHandler
    void on(SubstantiveExaminationRequested event) {
        status = UNDER_SUBSTANTIVE_EXAMINATION;
    }

    @EventSourcingHandler
    void on(OfficeActionIssued event) {
        officeActions.put(event.officeActionId(), OfficeAction.issued(event.issuedOn(), event.responseDueOn()));
    }

    @EventSourcingHandler
    void on(OfficeActionAnswered event) {
        officeActions.put(event.officeActionId(), officeActions.get(event.officeActionId()).markAnswered());
    }

    @EventSourcingHandler
    void on(PatentGranted event) {
        status = GRANTED;
        fees = AnnualFeeAccount.opened(type, filedOn, event.announcedOn());
    }

    @EventSourcingHandler
    void on(ApplicationRejected event) {
        statusBeforeRejection = status;
        rejectedOn = event.rejectedOn();
        status = REJECTED;
    }

    @EventSourcingHandler
    void on(ReexaminationRequested event) {
        reexaminationRequestedOn = event.requestedOn();
        status = UNDER_REEXAMINATION;
    }

    @EventSourcingHandler
    void on(RejectionUpheld event) {
        status = PatentStatus.FINALLY_REJECTED;
    }

    @EventSourcingHandler
    void on(RejectionOverturned event) {
        status = statusBeforeRejection;
    }

    @EventSourcingHandler
    void on(ApplicationDeemedWithdrawn event) {
        status = PatentStatus.DEEMED_WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawn event) {
        status = PatentStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(AnnualFeePaid event) {
        fees = fees.paid(event.patentYear());
    }

    @EventSourcingHandler
    void on(PatentLapsed event) {
        status = LAPSED;
        lapse = new Lapse(event.patentYear(), event.lapsedOn(), event.restorableUntil());
    }

    @EventSourcingHandler
    void on(PatentRestored event) {
        status = GRANTED;
        lapse = null;
    }

    @EventSourcingHandler
    void on(PatentTransferred event) {
        owners = new ArrayList<>(event.newOwners());
    }

    @EventSourcingHandler
    void on(PatentLicensed event) {
        licences.put(event.licenceId(), new Licence(event.kind(), event.startsOn(), event.endsOn()));
    }

    @EventSourcingHandler
    void on(PatentInvalidated event) {
        if (event.extent() == InvalidationExtent.WHOLLY) {
            status = PatentStatus.INVALIDATED;
        }
    }

    @EventSourcingHandler
    void on(PatentExpired event) {
        status = PatentStatus.EXPIRED;
    }
}
