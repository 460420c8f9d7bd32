package org.innovationledger.api.station;

/** How an incubation ended (孵化结果). */
public enum GraduationOutcome {
    /** Adopted in production or elsewhere (推广应用). */
    ADOPTED,
    /** Turned into a product or business (转化/产业化). */
    COMMERCIALISED,
    /** Licensed to another party (许可). */
    LICENSED,
    /** Given up (终止孵化). */
    ABANDONED
}
