package org.innovationledger.api.common;

/**
 * Meta-data keys every command and event carries, so that each stored fact says who (userId), for which request
 * (correlationId, idempotencyKey) and — with the event's own timestamp — when. The "why" is in the events that
 * need one (a reason field).
 */
public final class AuditMetaData {

    /** Who: the authenticated user, or {@link #ANONYMOUS} until authentication exists. */
    public static final String USER_ID = "userId";
    /** The HTTP request that caused the change (X-Correlation-Id, generated when absent). */
    public static final String CORRELATION_ID = "correlationId";
    /** The client's Idempotency-Key, scoped to the user; unique across stored commits. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** A hash of the request that first used the idempotency key, to detect a key reused for another request. */
    public static final String REQUEST_HASH = "requestHash";
    /** The id of the entity a command created inside its aggregate (a grant, a challenge…), if any. */
    public static final String ENTITY_ID = "entityId";

    public static final String ANONYMOUS = "anonymous";

    private AuditMetaData() {
    }
}
