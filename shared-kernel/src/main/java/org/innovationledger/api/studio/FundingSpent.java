package org.innovationledger.api.studio;

import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** Funding was spent against a grant. */
public record FundingSpent(
        String studioId,
        String grantId,
        String spendingId,
        Yuan amount,
        String purpose,
        LocalDate spentOn
) implements StudioEvent {
}
