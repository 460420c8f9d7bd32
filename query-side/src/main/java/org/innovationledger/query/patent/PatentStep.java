package org.innovationledger.query.patent;

import org.innovationledger.api.patent.AnnualFeePaid;
import org.innovationledger.api.patent.ApplicationDeemedWithdrawn;
import org.innovationledger.api.patent.ApplicationPublished;
import org.innovationledger.api.patent.ApplicationRejected;
import org.innovationledger.api.patent.ApplicationWithdrawn;
import org.innovationledger.api.patent.CorrectionRequested;
import org.innovationledger.api.patent.FormalExaminationPassed;
import org.innovationledger.api.patent.OfficeActionAnswered;
import org.innovationledger.api.patent.OfficeActionIssued;
import org.innovationledger.api.patent.PatentEvent;
import org.innovationledger.api.patent.PatentExpired;
import org.innovationledger.api.patent.PatentFiled;
import org.innovationledger.api.patent.PatentGranted;
import org.innovationledger.api.patent.PatentInvalidated;
import org.innovationledger.api.patent.PatentLapsed;
import org.innovationledger.api.patent.PatentLicensed;
import org.innovationledger.api.patent.PatentRestored;
import org.innovationledger.api.patent.PatentTransferred;
import org.innovationledger.api.patent.ReexaminationRequested;
import org.innovationledger.api.patent.RejectionOverturned;
import org.innovationledger.api.patent.RejectionUpheld;
import org.innovationledger.api.patent.SubstantiveExaminationRequested;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;

/** The steps of a patent's history (专利事务), one per kind of event, named in English and Chinese. */
public enum PatentStep {

    FILED(PatentFiled.class, "Application filed", "专利申请受理", PatentFiled::filedOn),
    CORRECTION_REQUESTED(CorrectionRequested.class, "Correction requested", "补正通知",
                         CorrectionRequested::requestedOn),
    FORMAL_EXAMINATION_PASSED(FormalExaminationPassed.class, "Formal examination passed", "初审合格",
                              FormalExaminationPassed::passedOn),
    PUBLISHED(ApplicationPublished.class, "Application published", "申请公布", ApplicationPublished::publishedOn),
    SUBSTANTIVE_EXAMINATION_REQUESTED(SubstantiveExaminationRequested.class, "Substantive examination requested",
                                      "实质审查请求", SubstantiveExaminationRequested::requestedOn),
    OFFICE_ACTION_ISSUED(OfficeActionIssued.class, "Office action issued", "审查意见通知书",
                         OfficeActionIssued::issuedOn),
    OFFICE_ACTION_ANSWERED(OfficeActionAnswered.class, "Office action answered", "意见陈述",
                           OfficeActionAnswered::answeredOn),
    GRANTED(PatentGranted.class, "Patent granted", "授权公告", PatentGranted::announcedOn),
    REJECTED(ApplicationRejected.class, "Application rejected", "驳回", ApplicationRejected::rejectedOn),
    REEXAMINATION_REQUESTED(ReexaminationRequested.class, "Re-examination requested", "复审请求",
                            ReexaminationRequested::requestedOn),
    REJECTION_UPHELD(RejectionUpheld.class, "Rejection upheld on re-examination", "复审维持驳回",
                     RejectionUpheld::decidedOn),
    REJECTION_OVERTURNED(RejectionOverturned.class, "Rejection overturned on re-examination", "复审撤销驳回",
                         RejectionOverturned::decidedOn),
    DEEMED_WITHDRAWN(ApplicationDeemedWithdrawn.class, "Application deemed withdrawn", "视为撤回",
                     ApplicationDeemedWithdrawn::deemedOn),
    WITHDRAWN(ApplicationWithdrawn.class, "Application withdrawn", "撤回专利申请", ApplicationWithdrawn::withdrawnOn),
    ANNUAL_FEE_PAID(AnnualFeePaid.class, "Annual fee paid", "缴纳年费", AnnualFeePaid::paidOn),
    LAPSED(PatentLapsed.class, "Patent lapsed for an unpaid annual fee", "未缴年费专利权终止", PatentLapsed::lapsedOn),
    RESTORED(PatentRestored.class, "Patent restored", "恢复权利", PatentRestored::restoredOn),
    TRANSFERRED(PatentTransferred.class, "Patent transferred", "专利权转让", PatentTransferred::transferredOn),
    LICENSED(PatentLicensed.class, "Patent licensed", "专利实施许可", PatentLicensed::startsOn),
    INVALIDATED(PatentInvalidated.class, "Invalidation decided", "无效宣告", PatentInvalidated::decidedOn),
    EXPIRED(PatentExpired.class, "Term ended", "期限届满终止", PatentExpired::termEndedOn);

    private final Class<? extends PatentEvent> eventType;
    private final String english;
    private final String chinese;
    private final Function<PatentEvent, LocalDate> date;

    <E extends PatentEvent> PatentStep(Class<E> eventType, String english, String chinese,
                                       Function<E, LocalDate> date) {
        this.eventType = eventType;
        this.english = english;
        this.chinese = chinese;
        this.date = event -> date.apply(eventType.cast(event));
    }

    /** The step an event records. */
    public static PatentStep of(PatentEvent event) {
        return Arrays.stream(values()).filter(step -> step.eventType.isInstance(event)).findFirst()
                     .orElseThrow(() -> new IllegalArgumentException("no step for " + event.getClass().getName()));
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }

    /** The day the step happened, as the event dates it. */
    LocalDate dateOf(PatentEvent event) {
        return date.apply(event);
    }
}
