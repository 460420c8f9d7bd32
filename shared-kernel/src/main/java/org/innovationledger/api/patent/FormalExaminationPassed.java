package org.innovationledger.api.patent;

import java.time.LocalDate;

/** The application passed formal examination (初审合格). */
public record FormalExaminationPassed(
        String patentId,
        LocalDate passedOn
) implements PatentEvent {
}
