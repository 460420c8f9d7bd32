package org.innovationledger.api.studio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Name the studio at a higher level (晋级). */
public record PromoteStudio(
        @TargetAggregateIdentifier String studioId,
        @TargetAggregateVersion Long expectedVersion,
        NamingLevel level,
        String namingUnion,
        LocalDate promotedOn
) {
}
