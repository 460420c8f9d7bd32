package org.innovationledger.api.station;

/** The achievement or patent being incubated, by its id. */
public record IncubationSubject(
        IncubationSubjectKind kind,
        String id
) {
}
