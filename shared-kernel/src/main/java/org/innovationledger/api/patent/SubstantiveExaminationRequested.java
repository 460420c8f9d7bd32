package org.innovationledger.api.patent;

import java.time.LocalDate;

/** Substantive examination of an invention was requested (实质审查请求). */
public record SubstantiveExaminationRequested(
        String patentId,
        LocalDate requestedOn
) implements PatentEvent {
}
