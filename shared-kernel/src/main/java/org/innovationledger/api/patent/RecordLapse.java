package org.innovationledger.api.patent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Record that the patent lapsed for an unpaid annual fee (专利权终止), as the office gave notice of it. */
public record RecordLapse(
        @TargetAggregateIdentifier String patentId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate lapsedOn
) {
}
