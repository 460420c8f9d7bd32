package org.innovationledger.api.studio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** The studio takes on a technical bottleneck (技术攻关). */
public record TakeOnChallenge(
        @TargetAggregateIdentifier String studioId,
        @TargetAggregateVersion Long expectedVersion,
        String challengeId,
        String title,
        String description,
        LocalDate takenOn
) {
}
