package org.innovationledger.api.station;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.api.common.RegionCode;

import java.time.LocalDate;
import java.util.List;

/** Register a worker innovation service station (职工创新创业服务站). */
public record RegisterStation(
        @TargetAggregateIdentifier String stationId,
        String name,
        RegionCode region,
        String hostUnion,
        List<String> partners,
        LocalDate registeredOn
) {
}
