package org.innovationledger.api.patent;

/** The decision on a re-examination of a rejection (复审决定). */
public enum ReexaminationOutcome {
    /** 维持驳回: the rejection stands; the application ends. */
    UPHELD,
    /** 撤销驳回: the rejection is set aside; examination continues. */
    OVERTURNED
}
