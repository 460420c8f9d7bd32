package org.innovationledger.api.studio;

import org.innovationledger.api.common.RegionCode;

/** A studio's profile changed. */
public record StudioProfileUpdated(
        String studioId,
        String name,
        String hostEnterprise,
        RegionCode regionCode,
        String description
) implements StudioEvent {
}
