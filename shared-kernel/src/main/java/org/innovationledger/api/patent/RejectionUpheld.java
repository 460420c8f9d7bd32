package org.innovationledger.api.patent;

import java.time.LocalDate;

/** Re-examination upheld the rejection (复审维持驳回); the application ends. */
public record RejectionUpheld(
        String patentId,
        LocalDate decidedOn,
        String reason
) implements PatentEvent {
}
