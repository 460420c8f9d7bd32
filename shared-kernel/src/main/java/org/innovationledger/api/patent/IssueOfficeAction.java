package org.innovationledger.api.patent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Record an office action (审查意见通知书) and its response deadline. */
public record IssueOfficeAction(
        @TargetAggregateIdentifier String patentId,
        @TargetAggregateVersion Long expectedVersion,
        String officeActionId,
        LocalDate issuedOn,
        LocalDate responseDueOn,
        String summary
) {
}
