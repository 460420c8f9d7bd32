package org.innovationledger.api.studio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** Record funding spent against a grant (经费使用). */
public record SpendFunding(
        @TargetAggregateIdentifier String studioId,
        @TargetAggregateVersion Long expectedVersion,
        String grantId,
        String spendingId,
        Yuan amount,
        String purpose,
        LocalDate spentOn
) {
}
