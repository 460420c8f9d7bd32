package org.innovationledger.api.patent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Record that the office asked for a correction in formal examination (补正通知书). */
public record RequestCorrection(
        @TargetAggregateIdentifier String patentId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate requestedOn,
        LocalDate responseDueOn,
        String defects
) {
}
