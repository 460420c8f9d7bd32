package org.innovationledger.query.patent;

import org.innovationledger.api.patent.AmountDue;
import org.innovationledger.api.patent.AnnualFeePaid;
import org.innovationledger.api.patent.AnnualFees;
import org.innovationledger.api.patent.ApplicationDeemedWithdrawn;
import org.innovationledger.api.patent.ApplicationPublished;
import org.innovationledger.api.patent.ApplicationRejected;
import org.innovationledger.api.patent.ApplicationWithdrawn;
import org.innovationledger.api.patent.CorrectionRequested;
import org.innovationledger.api.patent.FormalExaminationPassed;
import org.innovationledger.api.patent.InvalidationExtent;
import org.innovationledger.api.patent.OfficeActionAnswered;
import org.innovationledger.api.patent.OfficeActionIssued;
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
import org.innovationledger.api.patent.ReexaminationOutcome;
import org.innovationledger.api.patent.ReexaminationRequested;
import org.innovationledger.api.patent.RejectionOverturned;
import org.innovationledger.api.patent.RejectionUpheld;
import org.innovationledger.api.patent.SubstantiveExaminationRequested;
import org.innovationledger.query.patent.PatentDetail.Correction;
import org.innovationledger.query.patent.PatentDetail.Expiry;
import org.innovationledger.query.patent.PatentDetail.FeePayment;
import org.innovationledger.query.patent.PatentDetail.Invalidation;
import org.innovationledger.query.patent.PatentDetail.Lapse;
import org.innovationledger.query.patent.PatentDetail.Licence;
import org.innovationledger.query.patent.PatentDetail.OfficeAction;
import org.innovationledger.query.patent.PatentDetail.Rejection;
import org.innovationledger.query.patent.PatentDetail.StudioRef;
import org.innovationledger.query.patent.PatentDetail.Transfer;
import org.innovationledger.query.patent.PatentDetail.Withdrawal;
import org.innovationledger.query.store.VersionedView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The part of a patent view (专利视图) that the patent's own events write, changed one event at a time. The
 * studio's name, enterprise and region come from the studio's events and are kept beside it, not here.
 */
final class PatentView extends VersionedView {

    final String id;
    Instant recordedAt;
    String studioId;
    String applicationNumber;
    String patentNumber;
    String publicationNumber;
    PatentType type;
    String title;
    PatentStatus status;
    PatentStatus statusBeforeRejection;
    LocalDate statusSince;
    LocalDate filedOn;
    LocalDate priorityDate;
    List<String> applicants = List.of();
    List<String> owners = List.of();
    List<String> inventors = List.of();
    List<String> achievementIds = List.of();
    LocalDate termEndsOn;
    LocalDate substantiveExaminationDueOn;
    LocalDate formalExaminationPassedOn;
    LocalDate publishedOn;
    LocalDate substantiveExaminationRequestedOn;
    LocalDate grantedOn;
    Integer firstAnnualFeeYear;
    final List<Correction> corrections = new ArrayList<>();
    final List<OfficeAction> officeActions = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<FeePayment> feesPaid = new ArrayList<>();
    final List<Lapse> lapses = new ArrayList<>();
    final List<Transfer> transfers = new ArrayList<>();
    final List<Licence> licences = new ArrayList<>();
    final List<Invalidation> invalidations = new ArrayList<>();
    Withdrawal withdrawal;
    Expiry expiry;

    PatentView(String id) {
        this.id = id;
    }

    void file(PatentFiled event, Instant at) {
        recordedAt = at;
        studioId = event.studioId();
        applicationNumber = event.applicationNumber().value();
        type = event.type();
        title = event.title();
        filedOn = event.filedOn();
        priorityDate = event.priorityDate();
        applicants = copy(event.applicants());
        owners = copy(event.applicants());
        inventors = copy(event.inventors());
        achievementIds = copy(event.achievementIds());
        termEndsOn = event.termEndsOn();
        substantiveExaminationDueOn = event.substantiveExaminationDueOn();
        status(PatentStatus.FILED, event.filedOn());
    }

    void requestCorrection(CorrectionRequested event) {
        corrections.add(new Correction(event.requestedOn(), event.responseDueOn(), event.defects()));
        status(PatentStatus.CORRECTION_REQUESTED, event.requestedOn());
    }

    void passFormalExamination(FormalExaminationPassed event) {
        formalExaminationPassedOn = event.passedOn();
        status(PatentStatus.FORMALLY_EXAMINED, event.passedOn());
    }

    void publish(ApplicationPublished event) {
        publishedOn = event.publishedOn();
        publicationNumber = event.publicationNumber();
        status(PatentStatus.PUBLISHED, event.publishedOn());
    }

    void requestSubstantiveExamination(SubstantiveExaminationRequested event) {
        substantiveExaminationRequestedOn = event.requestedOn();
        status(PatentStatus.UNDER_SUBSTANTIVE_EXAMINATION, event.requestedOn());
    }

    void issueOfficeAction(OfficeActionIssued event) {
        officeActions.add(new OfficeAction(event.officeActionId(), event.issuedOn(), event.responseDueOn(),
                                           event.summary(), null, null));
    }

    void answerOfficeAction(OfficeActionAnswered event) {
        for (int i = 0; i < officeActions.size(); i++) {
            if (officeActions.get(i).officeActionId().equals(event.officeActionId())) {
                officeActions.set(i, officeActions.get(i).answer(event.answeredOn(), event.summary()));
                return;
            }
        }
    }

    void grant(PatentGranted event) {
        patentNumber = event.patentNumber();
        grantedOn = event.announcedOn();
        firstAnnualFeeYear = event.firstAnnualFeeYear();
        status(PatentStatus.GRANTED, event.announcedOn());
    }

    void reject(ApplicationRejected event) {
        rejections.add(new Rejection(event.rejectedOn(), event.reason(), event.reexaminationDueOn(), null, null, null,
                                     null));
        statusBeforeRejection = status;
        status(PatentStatus.REJECTED, event.rejectedOn());
    }

    void requestReexamination(ReexaminationRequested event) {
        lastRejection().ifPresent(rejection -> replaceLastRejection(rejection.reexaminationRequested(
                event.requestedOn())));
        status(PatentStatus.UNDER_REEXAMINATION, event.requestedOn());
    }

    void upholdRejection(RejectionUpheld event) {
        lastRejection().ifPresent(rejection -> replaceLastRejection(rejection.decided(
                ReexaminationOutcome.UPHELD, event.decidedOn(), event.reason())));
        status(PatentStatus.FINALLY_REJECTED, event.decidedOn());
    }

    /** Examination continues where it stopped: the status goes back to the one before the rejection. */
    void overturnRejection(RejectionOverturned event) {
        lastRejection().ifPresent(rejection -> replaceLastRejection(rejection.decided(
                ReexaminationOutcome.OVERTURNED, event.decidedOn(), event.reason())));
        status(statusBeforeRejection != null ? statusBeforeRejection : PatentStatus.FILED, event.decidedOn());
        statusBeforeRejection = null;
    }

    void deemWithdrawn(ApplicationDeemedWithdrawn event) {
        withdrawal = new Withdrawal(event.deemedOn(), event.reason(), true);
        status(PatentStatus.DEEMED_WITHDRAWN, event.deemedOn());
    }

    void withdraw(ApplicationWithdrawn event) {
        withdrawal = new Withdrawal(event.withdrawnOn(), event.reason(), false);
        status(PatentStatus.WITHDRAWN, event.withdrawnOn());
    }

    void payAnnualFee(AnnualFeePaid event) {
        feesPaid.removeIf(payment -> payment.patentYear() == event.patentYear());
        boolean onRestoration = lapses.stream().anyMatch(lapse -> lapse.patentYear() == event.patentYear()
                && event.paidOn().equals(lapse.restoredOn()));
        feesPaid.add(new FeePayment(event.patentYear(), event.dueOn(), event.paidOn(), event.baseFee(),
                                    event.surchargePercent(), event.surcharge(), event.amountPaid(), onRestoration));
        feesPaid.sort(Comparator.comparingInt(FeePayment::patentYear));
    }

    void lapse(PatentLapsed event) {
        lapses.add(new Lapse(event.patentYear(), event.feeDueOn(), event.graceEndedOn(), event.lapsedOn(),
                             event.restorableUntil(), null, null));
        status(PatentStatus.LAPSED, event.lapsedOn());
    }

    /**
     * Back in force. The fee the patent lapsed for is paid with the restoration, with the full surcharge
     * ({@code AnnualFee#amountDueOnRestoration}); the command side also records that payment as
     * {@code AnnualFeePaid}, which then replaces this entry with the same facts.
     */
    void restore(PatentRestored event) {
        if (!lapses.isEmpty()) {
            lapses.set(lapses.size() - 1, lapses.get(lapses.size() - 1).restored(event.restoredOn(), event.reason()));
        }
        boolean alreadyPaid = feesPaid.stream().anyMatch(payment -> payment.patentYear() == event.patentYear());
        if (!alreadyPaid && type != null && filedOn != null && grantedOn != null) {
            AnnualFees.owed(type, filedOn, grantedOn, event.patentYear()).ifPresent(fee -> {
                AmountDue due = fee.amountDueOnRestoration();
                feesPaid.add(new FeePayment(fee.patentYear(), fee.dueOn(), event.restoredOn(), due.fee(),
                                            due.surchargePercent(), due.surcharge(), due.total(), true));
                feesPaid.sort(Comparator.comparingInt(FeePayment::patentYear));
            });
        }
        status(PatentStatus.GRANTED, event.restoredOn());
    }

    void transfer(PatentTransferred event) {
        transfers.add(new Transfer(copy(event.previousOwners()), copy(event.newOwners()), event.transferredOn()));
        owners = copy(event.newOwners());
    }

    void license(PatentLicensed event) {
        licences.add(new Licence(event.licenceId(), event.licensee(), event.kind(), event.startsOn(), event.endsOn(),
                                 event.fee()));
    }

    void invalidate(PatentInvalidated event) {
        invalidations.add(new Invalidation(event.extent(), copy(event.invalidatedClaims()), event.decidedOn(),
                                           event.reason()));
        if (event.extent() == InvalidationExtent.WHOLLY) {
            status(PatentStatus.INVALIDATED, event.decidedOn());
        }
    }

    void expire(PatentExpired event) {
        expiry = new Expiry(event.termEndedOn(), event.recordedOn());
        status(PatentStatus.EXPIRED, event.termEndedOn());
    }

    boolean isPaid(int patentYear) {
        return feesPaid.stream().anyMatch(payment -> payment.patentYear() == patentYear);
    }

    Optional<Rejection> lastRejection() {
        return rejections.isEmpty() ? Optional.empty() : Optional.of(rejections.get(rejections.size() - 1));
    }

    Optional<Lapse> lastLapse() {
        return lapses.isEmpty() ? Optional.empty() : Optional.of(lapses.get(lapses.size() - 1));
    }

    Optional<Correction> lastCorrection() {
        return corrections.isEmpty() ? Optional.empty() : Optional.of(corrections.get(corrections.size() - 1));
    }

    OptionalInt filedYear() {
        return filedOn == null ? OptionalInt.empty() : OptionalInt.of(filedOn.getYear());
    }

    OptionalInt grantedYear() {
        return grantedOn == null ? OptionalInt.empty() : OptionalInt.of(grantedOn.getYear());
    }

    PatentDetail toDetail(StudioRef studio) {
        return new PatentDetail(id, applicationNumber, patentNumber, publicationNumber, type, title, status,
                                statusSince, studio, filedOn, priorityDate, applicants, owners, inventors,
                                achievementIds, termEndsOn, substantiveExaminationDueOn, formalExaminationPassedOn,
                                publishedOn, substantiveExaminationRequestedOn, grantedOn, firstAnnualFeeYear,
                                List.copyOf(corrections), List.copyOf(officeActions), List.copyOf(rejections),
                                List.copyOf(feesPaid), List.copyOf(lapses), List.copyOf(transfers),
                                List.copyOf(licences), List.copyOf(invalidations), withdrawal, expiry, recordedAt,
                                version());
    }

    private void replaceLastRejection(Rejection rejection) {
        rejections.set(rejections.size() - 1, rejection);
    }

    private void status(PatentStatus newStatus, LocalDate since) {
        status = newStatus;
        statusSince = since;
    }

    private static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
