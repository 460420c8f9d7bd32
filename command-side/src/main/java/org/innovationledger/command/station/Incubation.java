package org.innovationledger.command.station;

import org.innovationledger.api.station.IncubationSubject;

import java.time.LocalDate;

/** An achievement or patent incubated at the station (孵化项目), from its admission until it graduates. */
record Incubation(IncubationSubject subject, LocalDate admittedOn, boolean graduated) {

    static Incubation admitted(IncubationSubject subject, LocalDate admittedOn) {
        return new Incubation(subject, admittedOn, false);
    }

    Incubation markGraduated() {
        return new Incubation(subject, admittedOn, true);
    }
}
