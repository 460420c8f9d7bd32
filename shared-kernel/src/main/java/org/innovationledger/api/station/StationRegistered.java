package org.innovationledger.api.station;

import org.innovationledger.api.common.RegionCode;

import java.time.LocalDate;
import java.util.List;

/** A service station was registered (服务站设立), hosted by a union, with its partners (合作单位). */
public record StationRegistered(
        String stationId,
        String name,
        RegionCode region,
        String hostUnion,
        List<String> partners,
        LocalDate registeredOn
) implements StationEvent {
}
