package org.innovationledger.api.studio;

import java.time.LocalDate;

/** The studio's name was revoked (摘牌). */
public record StudioNameRevoked(
        String studioId,
        String reason,
        LocalDate revokedOn
) implements StudioEvent {
}
