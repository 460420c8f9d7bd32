package org.innovationledger.api.studio;

import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** Funding was granted to the studio. */
public record FundingGranted(
        String studioId,
        String grantId,
        Yuan amount,
        String grantor,
        String purpose,
        LocalDate grantedOn
) implements StudioEvent {
}
