package org.innovationledger.api.studio;

import org.innovationledger.api.common.RegionCode;

import java.time.LocalDate;

/** A studio was registered. */
public record StudioRegistered(
        String studioId,
        String name,
        StudioKind kind,
        NamingLevel level,
        String hostEnterprise,
        RegionCode regionCode,
        String namingUnion,
        Leader leader,
        LocalDate foundedOn,
        String description
) implements StudioEvent {
}
