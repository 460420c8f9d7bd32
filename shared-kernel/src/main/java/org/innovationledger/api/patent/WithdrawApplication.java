package org.innovationledger.api.patent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Withdraw the application (撤回专利申请). */
public record WithdrawApplication(
        @TargetAggregateIdentifier String patentId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate withdrawnOn,
        String reason
) {
}
