package org.innovationledger.api.patent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** License the patent (专利实施许可). */
public record LicensePatent(
        @TargetAggregateIdentifier String patentId,
        @TargetAggregateVersion Long expectedVersion,
        String licenceId,
        String licensee,
        LicenceKind kind,
        LocalDate startsOn,
        LocalDate endsOn,
        Yuan fee
) {
}
