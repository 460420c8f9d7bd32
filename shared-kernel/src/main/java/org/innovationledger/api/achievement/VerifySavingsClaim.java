package org.innovationledger.api.achievement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** Verify a claim (核实): the amount verified, at most the amount claimed, is locked from now on. */
public record VerifySavingsClaim(
        @TargetAggregateIdentifier String achievementId,
        @TargetAggregateVersion Long expectedVersion,
        String claimId,
        Yuan verifiedAmount,
        String verifiedBy,
        LocalDate verifiedOn,
        String note
) {
}
