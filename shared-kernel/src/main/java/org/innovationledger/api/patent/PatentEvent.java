package org.innovationledger.api.patent;

/** Everything that can happen to a patent application and the patent granted on it (专利). */
public sealed interface PatentEvent permits PatentFiled, CorrectionRequested, FormalExaminationPassed,
        ApplicationPublished, SubstantiveExaminationRequested, OfficeActionIssued, OfficeActionAnswered, PatentGranted,
        ApplicationRejected, ReexaminationRequested, RejectionUpheld, RejectionOverturned, ApplicationDeemedWithdrawn,
        ApplicationWithdrawn, AnnualFeePaid, PatentLapsed, PatentRestored, PatentTransferred, PatentLicensed,
        PatentInvalidated, PatentExpired {

    String patentId();
}
