package org.innovationledger.api.patent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Record the re-examination decision (复审决定). */
public record DecideReexamination(
        @TargetAggregateIdentifier String patentId,
        @TargetAggregateVersion Long expectedVersion,
        ReexaminationOutcome outcome,
        LocalDate decidedOn,
        String reason
) {
}
