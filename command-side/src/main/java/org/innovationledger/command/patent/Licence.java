package org.innovationledger.command.patent;

import org.innovationledger.api.patent.LicenceKind;

import java.time.LocalDate;

/** A licence (专利实施许可) granted on the patent, for its days from {@code startsOn} to {@code endsOn}. */
record Licence(LicenceKind kind, LocalDate startsOn, LocalDate endsOn) {

    /** Whether the two licences cannot both stand: they share a day and one of them is exclusive or sole. */
    boolean excludes(Licence other) {
        return kind.excludes(other.kind) && !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
    }
}
