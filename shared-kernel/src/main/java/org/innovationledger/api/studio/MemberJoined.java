package org.innovationledger.api.studio;

import java.time.LocalDate;

/** A member joined the studio. */
public record MemberJoined(
        String studioId,
        String memberId,
        String name,
        String role,
        boolean apprentice,
        LocalDate joinedOn
) implements StudioEvent {
}
