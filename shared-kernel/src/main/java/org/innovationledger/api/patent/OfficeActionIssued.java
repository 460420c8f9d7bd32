package org.innovationledger.api.patent;

import java.time.LocalDate;

/** The examiner issued an office action (审查意见通知书) to be answered by {@code responseDueOn}. */
public record OfficeActionIssued(
        String patentId,
        String officeActionId,
        LocalDate issuedOn,
        LocalDate responseDueOn,
        String summary
) implements PatentEvent {
}
