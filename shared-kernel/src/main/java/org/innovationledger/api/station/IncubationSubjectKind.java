package org.innovationledger.api.station;

/** What a service station incubates. */
public enum IncubationSubjectKind {
    /** A "五小" achievement (成果). */
    ACHIEVEMENT,
    /** A patent or patent application (专利). */
    PATENT
}
