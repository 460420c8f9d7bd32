package org.innovationledger.api.studio;

import java.time.LocalDate;

/** The studio's suspension was lifted. */
public record StudioReinstated(
        String studioId,
        String reason,
        LocalDate reinstatedOn
) implements StudioEvent {
}
