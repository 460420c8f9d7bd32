package org.innovationledger.api.patent;

import java.time.LocalDate;

/** The applicant withdrew the application (撤回专利申请). */
public record ApplicationWithdrawn(
        String patentId,
        LocalDate withdrawnOn,
        String reason
) implements PatentEvent {
}
