package org.innovationledger.api.studio;

import java.time.LocalDate;

/** A member left the studio. */
public record MemberLeft(
        String studioId,
        String memberId,
        LocalDate leftOn,
        String reason
) implements StudioEvent {
}
