package org.innovationledger.command.web;

/** A request header has a value the API does not accept; reported like an invalid field. */
public class InvalidHeaderException extends RuntimeException {

    private final String header;

    public InvalidHeaderException(String header, String message) {
        super(message);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
