package org.innovationledger.api.patent;

import java.time.LocalDate;

/** The patent's term ended (期限届满终止) on {@code termEndedOn}. */
public record PatentExpired(
        String patentId,
        LocalDate termEndedOn,
        LocalDate recordedOn
) implements PatentEvent {
}
