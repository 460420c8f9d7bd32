package org.innovationledger.api.studio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Suspend a studio (暂停). */
public record SuspendStudio(
        @TargetAggregateIdentifier String studioId,
        @TargetAggregateVersion Long expectedVersion,
        String reason,
        LocalDate suspendedOn
) {
}
