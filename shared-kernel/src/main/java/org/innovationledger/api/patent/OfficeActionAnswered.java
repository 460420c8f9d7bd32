package org.innovationledger.api.patent;

import java.time.LocalDate;

/** The applicant answered an office action (意见陈述). */
public record OfficeActionAnswered(
        String patentId,
        String officeActionId,
        LocalDate answeredOn,
        String summary
) implements PatentEvent {
}
