package org.innovationledger.api.studio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.innovationledger.api.common.RegionCode;

/** Correct or update a studio's profile (修改工作室信息). */
public record UpdateStudioProfile(
        @TargetAggregateIdentifier String studioId,
        @TargetAggregateVersion Long expectedVersion,
        String name,
        String hostEnterprise,
        RegionCode regionCode,
        String description
) {
}
