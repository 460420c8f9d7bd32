package org.innovationledger.query.web;

/**
 * The client asked to read a version (its own write) that the read model has not projected within the wait
 * allowed; it should retry shortly.
 */
public class ProjectionBehindException extends RuntimeException {

    private final long projectedVersion;

    public ProjectionBehindException(String id, long requestedVersion, long projectedVersion) {
        super("Record " + id + " is projected up to version " + projectedVersion + "; version " + requestedVersion
                      + " was asked for. Retry shortly.");
        this.projectedVersion = projectedVersion;
    }

    /** The version the read model has, or -1 when it has not seen the record at all yet. */
    public long projectedVersion() {
        return projectedVersion;
    }
}
