package org.innovationledger.command.axon;

/** What a command did: the aggregate it changed and that aggregate's version (last sequence number) afterwards. */
public record AppliedChange(String aggregateId, long version) {
}
