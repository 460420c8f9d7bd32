package org.innovationledger.api.station;

/** Everything that can happen to a worker innovation service station (职工创新创业服务站). */
public sealed interface StationEvent permits StationRegistered, IncubationAdmitted, IncubationMilestoneReached,
        IncubationGraduated {

    String stationId();
}
