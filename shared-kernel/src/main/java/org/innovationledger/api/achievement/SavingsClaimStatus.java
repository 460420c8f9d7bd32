package org.innovationledger.api.achievement;

/** Where a savings claim (效益申报) stands. Only verified amounts count in verified totals. */
public enum SavingsClaimStatus {
    /** 已申报: claimed by the studio; may be corrected or rejected. */
    CLAIMED,
    /** 已核实: verified by finance or the union; the amount is locked, later changes are adjusting entries. */
    VERIFIED,
    /** 未认定: rejected; counts nowhere. */
    REJECTED
}
