package org.innovationledger.api.patent;

import java.time.LocalDate;

/** The application was rejected (驳回); re-examination may be requested until {@code reexaminationDueOn}. */
public record ApplicationRejected(
        String patentId,
        LocalDate rejectedOn,
        String reason,
        LocalDate reexaminationDueOn
) implements PatentEvent {
}
