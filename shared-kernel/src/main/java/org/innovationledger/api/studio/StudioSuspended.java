package org.innovationledger.api.studio;

import java.time.LocalDate;

/** The studio was suspended. */
public record StudioSuspended(
        String studioId,
        String reason,
        LocalDate suspendedOn
) implements StudioEvent {
}
