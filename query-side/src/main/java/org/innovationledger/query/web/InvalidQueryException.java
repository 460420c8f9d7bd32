package org.innovationledger.query.web;

/** A query parameter has a value the API does not accept. */
public class InvalidQueryException extends RuntimeException {

    private final String parameter;

    public InvalidQueryException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
