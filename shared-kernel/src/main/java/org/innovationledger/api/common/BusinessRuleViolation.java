package org.innovationledger.api.common;

/**
 * A command broke a business rule. The aggregate throws it before applying anything, so no event is stored.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final ErrorCode code;

    public BusinessRuleViolation(ErrorCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
