package org.innovationledger.query.patent;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.innovationledger.api.patent.AnnualFeePaid;
import org.innovationledger.api.patent.ApplicationDeemedWithdrawn;
import org.innovationledger.api.patent.ApplicationPublished;
import org.innovationledger.api.patent.ApplicationRejected;
import org.innovationledger.api.patent.ApplicationWithdrawn;
import org.innovationledger.api.patent.CorrectionRequested;
import org.innovationledger.api.patent.FormalExaminationPassed;
import org.innovationledger.api.patent.OfficeActionAnswered;
import org.innovationledger.api.patent.OfficeActionIssued;
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
import org.innovationledger.query.store.PersistedViews;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Projects the patents' own events into {@code patent_views} (专利视图). Each event is applied once: the view
 * remembers the sequence number of the last event it applied and ignores any at or below it.
 */
@Component
@ProcessingGroup(PersistedViews.PROCESSING_GROUP)
class PatentProjection {

    private final PatentViews views;
    private final PatentStudios studios;

    PatentProjection(PatentViews views, PatentStudios studios) {
        this.views = views;
        this.studios = studios;
    }

    /** Also shows the studio on the patent: again on a redelivery, in case the first delivery stopped half-way. */
    @EventHandler
    void on(PatentFiled event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        views.apply(event.patentId(), sequence, patent -> patent.file(event, recordedAt));
        studios.attach(event.studioId(), event.patentId());
    }

    @EventHandler
    void on(CorrectionRequested event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.requestCorrection(event));
    }

    @EventHandler
    void on(FormalExaminationPassed event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.passFormalExamination(event));
    }

    @EventHandler
    void on(ApplicationPublished event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.publish(event));
    }

    @EventHandler
    void on(SubstantiveExaminationRequested event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.requestSubstantiveExamination(event));
    }

    @EventHandler
    void on(OfficeActionIssued event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.issueOfficeAction(event));
    }

    @EventHandler
    void on(OfficeActionAnswered event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.answerOfficeAction(event));
    }

    @EventHandler
    void on(PatentGranted event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.grant(event));
    }

    @EventHandler
    void on(ApplicationRejected event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.reject(event));
    }

    @EventHandler
    void on(ReexaminationRequested event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.requestReexamination(event));
    }

    @EventHandler
    void on(RejectionUpheld event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.upholdRejection(event));
    }

    @EventHandler
    void on(RejectionOverturned event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.overturnRejection(event));
    }

    @EventHandler
    void on(ApplicationDeemedWithdrawn event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.deemWithdrawn(event));
    }

    @EventHandler
    void on(ApplicationWithdrawn event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.withdraw(event));
    }

    @EventHandler
    void on(AnnualFeePaid event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.payAnnualFee(event));
    }

    @EventHandler
    void on(PatentLapsed event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.lapse(event));
    }

    @EventHandler
    void on(PatentRestored event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.restore(event));
    }

    @EventHandler
    void on(PatentTransferred event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.transfer(event));
    }

    @EventHandler
    void on(PatentLicensed event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.license(event));
    }

    @EventHandler
    void on(PatentInvalidated event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.invalidate(event));
    }

    @EventHandler
    void on(PatentExpired event, @SequenceNumber long sequence) {
        views.apply(event.patentId(), sequence, patent -> patent.expire(event));
    }

    /** Before a replay from the start: forget every patent, so the replay rebuilds them. */
    @ResetHandler
    void reset() {
        views.drop();
    }
}
