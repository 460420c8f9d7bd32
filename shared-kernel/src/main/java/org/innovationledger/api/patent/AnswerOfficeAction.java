package org.innovationledger.api.patent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Answer an office action (意见陈述). */
public record AnswerOfficeAction(
        @TargetAggregateIdentifier String patentId,
        @TargetAggregateVersion Long expectedVersion,
        String officeActionId,
        LocalDate answeredOn,
        String summary
) {
}
