package org.innovationledger.api.patent;

import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** The patent was licensed (专利实施许可) for a term and a fee. */
public record PatentLicensed(
        String patentId,
        String licenceId,
        String licensee,
        LicenceKind kind,
        LocalDate startsOn,
        LocalDate endsOn,
        Yuan fee
) implements PatentEvent {
}
