package org.innovationledger.api.patent;

import java.time.LocalDate;

/** Re-examination of the rejection was requested (复审请求). */
public record ReexaminationRequested(
        String patentId,
        LocalDate requestedOn
) implements PatentEvent {
}
