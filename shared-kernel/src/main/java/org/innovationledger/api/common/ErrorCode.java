package org.innovationledger.api.common;

/**
 * Stable error codes. Clients may rely on them: the HTTP layer sends one in every problem response, and each
 * business rule has its own. A code's {@link Kind} decides the HTTP status.
 */
public enum ErrorCode {

    // request-level errors (set by the HTTP layer)
    MALFORMED_REQUEST(Kind.INVALID, "The request body is not valid JSON or a value has the wrong type"),
    VALIDATION_FAILED(Kind.INVALID, "One or more fields are invalid"),
    PAYLOAD_TOO_LARGE(Kind.TOO_LARGE, "The request body is larger than allowed"),
    NOT_FOUND(Kind.NOT_FOUND, "No such resource"),
    VERSION_MISMATCH(Kind.PRECONDITION_FAILED, "The resource has changed since the version given in If-Match"),
    CONCURRENT_MODIFICATION(Kind.CONFLICT, "Another change to the same record was saved first; retry"),
    ALREADY_EXISTS(Kind.CONFLICT, "A record with this id already exists"),
    IDEMPOTENCY_KEY_REUSED(Kind.UNPROCESSABLE, "The Idempotency-Key was already used for a different request"),
    PROJECTION_BEHIND(Kind.UNAVAILABLE, "The read model has not yet caught up with the requested version"),
    METHOD_NOT_ALLOWED(Kind.METHOD_NOT_ALLOWED, "The HTTP method is not supported on this resource"),
    UNSUPPORTED_MEDIA_TYPE(Kind.UNSUPPORTED_MEDIA_TYPE, "The request body must be application/json"),
    INTERNAL_ERROR(Kind.INTERNAL, "An unexpected error occurred"),

    // rules shared by several aggregates
    AMOUNT_NOT_POSITIVE(Kind.INVALID, "An amount of money must be greater than zero"),

    // studio rules (工作室)
    STUDIO_REVOKED(Kind.CONFLICT, "The studio's name has been revoked; it accepts no further changes"),
    STUDIO_SUSPENDED(Kind.CONFLICT, "The studio is suspended; reinstate it first"),
    STUDIO_NOT_SUSPENDED(Kind.CONFLICT, "Only a suspended studio can be reinstated"),
    PROMOTION_NOT_HIGHER(Kind.CONFLICT, "A promotion must name a higher level than the current one"),
    LEADER_UNCHANGED(Kind.CONFLICT, "The new leader is the current leader"),
    MEMBER_ALREADY_IN_STUDIO(Kind.CONFLICT, "The member already belongs to the studio"),
    MEMBER_NOT_IN_STUDIO(Kind.CONFLICT, "The member does not belong to the studio"),
    LEFT_BEFORE_JOINING(Kind.CONFLICT, "A member cannot leave before the day they joined"),
    GRANT_ALREADY_RECORDED(Kind.CONFLICT, "A grant with this id is already recorded"),
    GRANT_NOT_FOUND(Kind.CONFLICT, "The studio has no grant with this id"),
    SPENDING_EXCEEDS_GRANT(Kind.CONFLICT, "Spending would exceed what remains of the grant"),
    SPENDING_BEFORE_GRANT(Kind.CONFLICT, "Funding cannot be spent before it was granted"),
    CHALLENGE_ALREADY_RECORDED(Kind.CONFLICT, "A challenge with this id is already recorded"),
    CHALLENGE_NOT_FOUND(Kind.CONFLICT, "The studio has no challenge with this id"),
    CHALLENGE_ALREADY_SOLVED(Kind.CONFLICT, "The challenge is already solved"),
    SOLVED_BEFORE_TAKEN_ON(Kind.CONFLICT, "A challenge cannot be solved before it was taken on"),

    // alliance rules (创新工作室联盟)
    STUDIO_ALREADY_IN_ALLIANCE(Kind.CONFLICT, "The studio already belongs to the alliance"),
    STUDIO_NOT_IN_ALLIANCE(Kind.CONFLICT, "The studio does not belong to the alliance"),
    LEAD_STUDIO_CANNOT_LEAVE(Kind.CONFLICT, "The lead studio cannot leave its alliance");

    /** What kind of failure a code stands for, with the HTTP status that says it. */
    public enum Kind {
        INVALID(400), NOT_FOUND(404), METHOD_NOT_ALLOWED(405), CONFLICT(409), PRECONDITION_FAILED(412),
        TOO_LARGE(413), UNSUPPORTED_MEDIA_TYPE(415), UNPROCESSABLE(422), INTERNAL(500), UNAVAILABLE(503);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Kind kind;
    private final String title;

    ErrorCode(Kind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }
}
