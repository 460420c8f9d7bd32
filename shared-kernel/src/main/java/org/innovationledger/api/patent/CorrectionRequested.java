package org.innovationledger.api.patent;

import java.time.LocalDate;

/** The office asked for a correction in formal examination (补正通知书), to be made by {@code responseDueOn}. */
public record CorrectionRequested(
        String patentId,
        LocalDate requestedOn,
        LocalDate responseDueOn,
        String defects
) implements PatentEvent {
}
