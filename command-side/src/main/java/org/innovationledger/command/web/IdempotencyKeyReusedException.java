package org.innovationledger.command.web;

/** An Idempotency-Key that was first used for a different request (another target or another body). */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("The Idempotency-Key [" + key + "] was already used for a different request");
    }
}
