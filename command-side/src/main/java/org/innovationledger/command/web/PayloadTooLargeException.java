package org.innovationledger.command.web;

/** The request body is larger than {@code ledger.web.max-body-size}. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes");
    }
}
