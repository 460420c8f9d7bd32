package org.innovationledger.query.store;

/**
 * A view of one aggregate that remembers the sequence number of the last of the aggregate's events it applied
 * (ADR 0005), so that {@link VersionedViews} can skip an event it has already seen.
 */
public interface Versioned {

    long version();

    void version(long sequence);
}
