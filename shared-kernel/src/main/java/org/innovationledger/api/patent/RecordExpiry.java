package org.innovationledger.api.patent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Record that the patent's term ended (期限届满). */
public record RecordExpiry(
        @TargetAggregateIdentifier String patentId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate recordedOn
) {
}
