package org.innovationledger.api.patent;

import java.time.LocalDate;

/** Re-examination set the rejection aside (复审撤销驳回); examination continues where it stopped. */
public record RejectionOverturned(
        String patentId,
        LocalDate decidedOn,
        String reason
) implements PatentEvent {
}
