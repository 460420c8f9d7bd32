package org.innovationledger.api.patent;

import java.time.LocalDate;

/** The office deemed the application withdrawn (视为撤回), for example for a missed deadline. */
public record ApplicationDeemedWithdrawn(
        String patentId,
        LocalDate deemedOn,
        String reason
) implements PatentEvent {
}
