package org.innovationledger.api.studio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** Record startup or other funding granted to a studio (拨付经费). */
public record GrantFunding(
        @TargetAggregateIdentifier String studioId,
        @TargetAggregateVersion Long expectedVersion,
        String grantId,
        Yuan amount,
        String grantor,
        String purpose,
        LocalDate grantedOn
) {
}
