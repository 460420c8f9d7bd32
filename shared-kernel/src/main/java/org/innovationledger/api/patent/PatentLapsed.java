package org.innovationledger.api.patent;

import java.time.LocalDate;

/**
 * The patent lapsed (专利权终止) because the fee for {@code patentYear}, due on {@code feeDueOn}, was not paid
 * by the end of grace; the right ends from the due date. The office gave notice of it on {@code lapsedOn}, and
 * restoration may be requested until {@code restorableUntil}.
 */
public record PatentLapsed(
        String patentId,
        int patentYear,
        LocalDate feeDueOn,
        LocalDate graceEndedOn,
        LocalDate lapsedOn,
        LocalDate restorableUntil
) implements PatentEvent {
}
