package org.innovationledger.api.studio;

import java.time.LocalDate;

/** The studio took on a technical challenge. */
public record ChallengeTakenOn(
        String studioId,
        String challengeId,
        String title,
        String description,
        LocalDate takenOn
) implements StudioEvent {
}
