package org.innovationledger.api.studio;

import java.time.LocalDate;

/** The studio solved a technical challenge. */
public record ChallengeSolved(
        String studioId,
        String challengeId,
        String outcome,
        LocalDate solvedOn
) implements StudioEvent {
}
