package org.innovationledger.command.axon;

import java.util.Optional;

/** The result of a command: filled in when its events are stored, complete once the command has completed. */
public final class ChangeReceipt {

    private volatile AppliedChange change;

    void record(AppliedChange change) {
        this.change = change;
    }

    /** The last change the command stored, or empty if it stored no event. */
    public Optional<AppliedChange> change() {
        return Optional.ofNullable(change);
    }
}
