package org.innovationledger.api.achievement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Record that an accepted achievement is implemented (实施): where, and from when. */
public record RecordImplementation(
        @TargetAggregateIdentifier String achievementId,
        @TargetAggregateVersion Long expectedVersion,
        String site,
        LocalDate implementedFrom
) {
}
