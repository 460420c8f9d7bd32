package org.innovationledger.query.web;

/** No record with this id is known to the read model. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("No " + what + " with id " + id);
    }
}
