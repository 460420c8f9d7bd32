package org.innovationledger.query.web;

/**
 * A read model held in memory is still reading the event stream for the first time since this instance started;
 * answering now would leave records out, so the client is told to retry shortly (503 with Retry-After).
 */
public class WarmingUpException extends RuntimeException {

    public WarmingUpException(String readModel, long position) {
        super("This instance is still building its " + readModel + " from the event stream (at position "
                      + position + "); retry shortly.");
    }
}
