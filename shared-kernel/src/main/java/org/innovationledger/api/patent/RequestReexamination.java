package org.innovationledger.api.patent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Request re-examination of a rejection (复审请求). */
public record RequestReexamination(
        @TargetAggregateIdentifier String patentId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate requestedOn
) {
}
