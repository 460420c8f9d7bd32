package org.innovationledger.api.studio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.api.common.RegionCode;

import java.time.LocalDate;

/** Register a studio (登记工作室) named by a union at a level. */
public record RegisterStudio(
        @TargetAggregateIdentifier String studioId,
        String name,
        StudioKind kind,
        NamingLevel level,
        String hostEnterprise,
        RegionCode regionCode,
        String namingUnion,
        Leader leader,
        LocalDate foundedOn,
        String description
) {
}
