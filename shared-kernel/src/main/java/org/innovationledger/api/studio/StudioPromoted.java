package org.innovationledger.api.studio;

import java.time.LocalDate;

/** The studio was named at a higher level. */
public record StudioPromoted(
        String studioId,
        NamingLevel previousLevel,
        NamingLevel level,
        String namingUnion,
        LocalDate promotedOn
) implements StudioEvent {
}
