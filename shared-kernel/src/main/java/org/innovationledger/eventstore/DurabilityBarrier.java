package org.innovationledger.eventstore;

/**
 * Called after a commit is written and before {@code appendEvents} returns, so that a command is acknowledged only
 * once its events are durable. On a real MongoDB the write concern already guarantees that and the barrier does
 * nothing; the embedded store uses it to flush its file (see {@code GroupCommit} on the command side).
 */
@FunctionalInterface
public interface DurabilityBarrier {

    DurabilityBarrier NONE = () -> {
    };

    void awaitDurable();
}
