package org.innovationledger.api.studio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** The studio solved a challenge it took on (攻关完成). */
public record SolveChallenge(
        @TargetAggregateIdentifier String studioId,
        @TargetAggregateVersion Long expectedVersion,
        String challengeId,
        String outcome,
        LocalDate solvedOn
) {
}
