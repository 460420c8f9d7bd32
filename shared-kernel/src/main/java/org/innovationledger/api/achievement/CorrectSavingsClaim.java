package org.innovationledger.api.achievement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** Correct a claim that is not yet verified (更正申报). */
public record CorrectSavingsClaim(
        @TargetAggregateIdentifier String achievementId,
        @TargetAggregateVersion Long expectedVersion,
        String claimId,
        Yuan amount,
        String method,
        String evidenceRef,
        LocalDate correctedOn,
        String reason
) {
}
