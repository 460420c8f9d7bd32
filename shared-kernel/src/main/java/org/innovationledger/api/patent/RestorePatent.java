package org.innovationledger.api.patent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** Restore a lapsed patent (恢复权利), paying the fee it lapsed for with the full surcharge. */
public record RestorePatent(
        @TargetAggregateIdentifier String patentId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate restoredOn,
        Yuan amountPaid,
        String reason
) {
}
