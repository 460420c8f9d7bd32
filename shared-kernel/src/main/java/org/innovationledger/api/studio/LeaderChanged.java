package org.innovationledger.api.studio;

import java.time.LocalDate;

/** The studio has a new leader. */
public record LeaderChanged(
        String studioId,
        Leader previousLeader,
        Leader leader,
        LocalDate changedOn,
        String reason
) implements StudioEvent {
}
