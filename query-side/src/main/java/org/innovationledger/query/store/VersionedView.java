package org.innovationledger.query.store;

/**
 * A view of one aggregate that remembers the sequence number of the last of the aggregate's events it applied
 * (ADR 0005), so that {@link VersionedViews} can skip an event it has already seen.
 */
public abstract class VersionedView {

    /** The version of a view no event has been applied to yet. */
    public static final long NONE = -1;

    private long version = NONE;

    /** The sequence number of the last of the aggregate's events applied, or {@link #NONE}. */
    public final long version() {
        return version;
    }

    public final void version(long sequence) {
        version = sequence;
    }
}
