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
    AMOUNT_NEGATIVE(Kind.INVALID, "An amount of money cannot be negative"),

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
    LEAD_STUDIO_CANNOT_LEAVE(Kind.CONFLICT, "The lead studio cannot leave its alliance"),

    // patent rules (专利): filing
    APPLICATION_NUMBER_TYPE_MISMATCH(Kind.INVALID,
            "The application number's type digit does not match the patent type (1 or 8 invention, 2 or 9 utility "
                    + "model, 3 design)"),
    APPLICATION_NUMBER_BEFORE_FILING_YEAR(Kind.INVALID,
            "The application number's year is before the year of the filing date"),
    PRIORITY_DATE_OUT_OF_RANGE(Kind.INVALID,
            "A priority date must be before the filing date, at most 12 months before it (6 months for designs)"),
    DATE_BEFORE_FILING(Kind.CONFLICT, "No step of a patent can be dated before its filing date"),
    DATE_BEFORE_PREVIOUS_STEP(Kind.CONFLICT,
            "A step cannot be dated before the step it follows (an answer before its office action, a deadline "
                    + "before its notice, a re-examination before the rejection…)"),
    // patent rules: the path
    PATENT_CLOSED(Kind.CONFLICT,
            "The application or patent has ended (withdrawn, deemed withdrawn, finally rejected, wholly invalidated "
                    + "or expired); it accepts no further changes"),
    APPLICATION_REJECTED(Kind.CONFLICT, "The application is rejected; only re-examination can continue it"),
    PATENT_ALREADY_GRANTED(Kind.CONFLICT, "The patent is granted; the steps of the application are over"),
    FORMAL_EXAMINATION_ALREADY_PASSED(Kind.CONFLICT, "The application has already passed formal examination"),
    FORMAL_EXAMINATION_NOT_PASSED(Kind.CONFLICT, "The application has not passed formal examination yet"),
    NOT_AN_INVENTION(Kind.CONFLICT,
            "Only inventions are published and examined substantively; utility models and designs go from formal "
                    + "examination to grant"),
    ALREADY_PUBLISHED(Kind.CONFLICT, "The application is already published"),
    NOT_PUBLISHED(Kind.CONFLICT, "Substantive examination is requested once the application is published"),
    SUBSTANTIVE_EXAMINATION_ALREADY_REQUESTED(Kind.CONFLICT, "Substantive examination is already requested"),
    SUBSTANTIVE_EXAMINATION_NOT_REQUESTED(Kind.CONFLICT,
            "Office actions and the grant of an invention come after the request for substantive examination"),
    SUBSTANTIVE_EXAMINATION_PERIOD_ENDED(Kind.CONFLICT,
            "Substantive examination must be requested within 3 years of the filing date (or priority date)"),
    NOT_UNDER_EXAMINATION(Kind.CONFLICT,
            "Only an application under formal or substantive examination can be rejected"),
    OFFICE_ACTION_ALREADY_RECORDED(Kind.CONFLICT, "An office action with this id is already recorded"),
    OFFICE_ACTION_NOT_FOUND(Kind.CONFLICT, "The application has no office action with this id"),
    OFFICE_ACTION_ALREADY_ANSWERED(Kind.CONFLICT, "The office action is already answered"),
    OFFICE_ACTION_RESPONSE_PERIOD_ENDED(Kind.CONFLICT, "An office action must be answered by its response deadline"),
    OFFICE_ACTION_UNANSWERED(Kind.CONFLICT, "An office action awaits its answer; the application cannot be decided"),
    NOT_REJECTED(Kind.CONFLICT, "Only a rejected application can be re-examined"),
    REEXAMINATION_ALREADY_REQUESTED(Kind.CONFLICT, "Re-examination of the rejection is already requested"),
    REEXAMINATION_PERIOD_ENDED(Kind.CONFLICT, "Re-examination must be requested within 3 months of the rejection"),
    REEXAMINATION_NOT_REQUESTED(Kind.CONFLICT, "No re-examination is under way to decide"),
    // patent rules: after grant
    PATENT_NOT_GRANTED(Kind.CONFLICT,
            "Only a granted patent pays annual fees, lapses, is transferred, licensed, invalidated or expires"),
    PATENT_LAPSED(Kind.CONFLICT, "The patent has lapsed for an unpaid annual fee; restore it first"),
    ANNUAL_FEE_YEAR_NOT_OWED(Kind.CONFLICT,
            "No annual fee is owed for this patent year: it is before the year of grant or beyond the term"),
    ANNUAL_FEE_ALREADY_PAID(Kind.CONFLICT, "The annual fee for this patent year is already paid"),
    ANNUAL_FEE_GRACE_PERIOD_ENDED(Kind.CONFLICT,
            "An annual fee is unpaid after its six months of grace; the patent has lapsed and can only be restored"),
    ANNUAL_FEE_AMOUNT_INCORRECT(Kind.CONFLICT,
            "The amount is not the fee in the table plus the surcharge for the month of grace it is paid in"),
    GRACE_PERIOD_NOT_ENDED(Kind.CONFLICT,
            "A patent lapses only after the grace period of an unpaid annual fee has ended"),
    PATENT_NOT_LAPSED(Kind.CONFLICT, "Only a patent that lapsed for an unpaid annual fee can be restored"),
    RESTORATION_PERIOD_ENDED(Kind.CONFLICT, "Restoration must be requested within two months of the lapse"),
    TRANSFER_TO_CURRENT_OWNERS(Kind.CONFLICT, "The patent already belongs to these owners"),
    LICENCE_ALREADY_RECORDED(Kind.CONFLICT, "A licence with this id is already recorded"),
    LICENCE_TERM_INVALID(Kind.INVALID, "A licence must end on or after the day it starts"),
    LICENCE_BEYOND_PATENT_TERM(Kind.CONFLICT, "A licence cannot run beyond the last day of the patent's term"),
    LICENCE_EXCLUDED(Kind.CONFLICT,
            "An exclusive or sole licence excludes any other licence in the same period; only ordinary licences "
                    + "share one"),
    INVALIDATED_CLAIMS_REQUIRED(Kind.INVALID, "A partial invalidation names the claims it invalidated"),
    TERM_NOT_ENDED(Kind.CONFLICT, "A patent expires only after the last day of its term"),

    // achievement rules ("五小"成果)
    CONTRIBUTOR_SHARES_INVALID(Kind.INVALID,
            "An achievement names at least one contributor, each once, with positive shares that add up to 100"),
    STUDIO_MAY_NOT_RECORD(Kind.CONFLICT, "Only a studio that is active records achievements"),
    ACHIEVEMENT_CLOSED(Kind.CONFLICT, "The achievement was rejected or withdrawn; it accepts no further changes"),
    ACHIEVEMENT_NOT_EDITABLE(Kind.CONFLICT, "Only a draft or a returned achievement can be revised or submitted"),
    ACHIEVEMENT_NOT_SUBMITTED(Kind.CONFLICT, "Only a submitted achievement can be accepted, returned or rejected"),
    ACHIEVEMENT_ALREADY_ACCEPTED(Kind.CONFLICT, "The achievement is accepted; it can no longer be withdrawn"),
    ACHIEVEMENT_NOT_ACCEPTED(Kind.CONFLICT, "The achievement has not been accepted yet"),
    ACHIEVEMENT_ALREADY_IMPLEMENTED(Kind.CONFLICT, "The achievement's implementation is already recorded"),
    ACHIEVEMENT_NOT_IMPLEMENTED(Kind.CONFLICT,
            "Recommendation, adoption and savings claims need an implemented achievement"),
    STEP_BEFORE_PREVIOUS_STEP(Kind.CONFLICT,
            "A step cannot be dated before the step it follows (a review before the submission, an implementation "
                    + "or award before the acceptance, a verification before the claim…)"),
    AWARD_ALREADY_RECORDED(Kind.CONFLICT,
            "The achievement already has an award from this body at this level (or an award with this id)"),
    ALREADY_RECOMMENDED(Kind.CONFLICT, "The achievement is already recommended to this body"),
    ADOPTION_ALREADY_RECORDED(Kind.CONFLICT, "This adopter's adoption of the achievement is already recorded"),
    REASON_REQUIRED(Kind.INVALID,
            "A return, a rejection, a claim's correction or rejection and an adjusting entry each state their reason"),
    ACTOR_REQUIRED(Kind.INVALID,
            "A review, a verification, a claim's rejection and an adjusting entry each name who made them"),
    // savings rules (效益)
    SAVINGS_PERIOD_NOT_STARTED(Kind.CONFLICT, "Savings are claimed for a period that has begun by the claim date"),
    SAVINGS_PERIOD_BEFORE_IMPLEMENTATION(Kind.CONFLICT,
            "A period that ended before the achievement was implemented has no savings to claim"),
    SAVINGS_PERIOD_OVERLAPS(Kind.CONFLICT,
            "The achievement already has a claim for this period or one overlapping it (a year and its quarters); "
                    + "correct that claim instead, so no saving is counted twice"),
    SAVINGS_CLAIM_ALREADY_RECORDED(Kind.CONFLICT, "A savings claim with this id is already recorded"),
    SAVINGS_CLAIM_NOT_FOUND(Kind.CONFLICT, "The achievement has no savings claim with this id"),
    SAVINGS_CLAIM_VERIFIED(Kind.CONFLICT,
            "The claim is verified and its amount locked; book an adjusting entry instead"),
    SAVINGS_CLAIM_REJECTED(Kind.CONFLICT, "The claim was rejected; it accepts no further changes"),
    SAVINGS_CLAIM_NOT_VERIFIED(Kind.CONFLICT, "Only a verified claim takes adjusting entries"),
    VERIFIED_AMOUNT_EXCEEDS_CLAIM(Kind.CONFLICT,
            "The amount verified cannot exceed the amount claimed; have the claim corrected first"),
    ADJUSTMENT_ZERO(Kind.INVALID, "An adjusting entry changes the verified amount: it cannot be zero"),
    ADJUSTMENT_BELOW_ZERO(Kind.CONFLICT, "An adjusting entry cannot take a claim's verified amount below zero"),
    ADJUSTMENT_ALREADY_RECORDED(Kind.CONFLICT, "An adjusting entry with this id is already recorded"),

    // rating rules (星级评定)
    RATING_ITEMS_INVALID(Kind.INVALID,
            "A policy has at least one item; each has its own code, a name, a basis, non-zero points, a positive cap "
                    + "if any, and exactly the parameters its basis uses"),
    STAR_THRESHOLDS_INVALID(Kind.INVALID,
            "A policy gives five positive minimum scores for 1 to 5 stars, each higher than the one before"),
    RATING_ISSUER_INVALID(Kind.INVALID,
            "A policy's issuer names its union and level; every level below national names its region"),
    POLICY_EFFECTIVE_YEAR_BEFORE_LATEST(Kind.CONFLICT,
            "A new version cannot take effect before the latest version does: past ratings stay reproducible"),
    STARS_OUT_OF_RANGE(Kind.INVALID, "Stars go from 0 (no star) to 5"),
    STAR_DIFFERS_WITHOUT_REASON(Kind.INVALID,
            "An official star that differs from the computed one, or replaces an earlier confirmation, states why"),
    RATING_YEAR_NOT_BEGUN(Kind.CONFLICT, "A star can only be confirmed for a year that has begun"),

    // incubation rules (孵化)
    SUBJECT_NOT_FOUND(Kind.CONFLICT, "No achievement or patent with this id is recorded"),
    SUBJECT_NOT_INCUBATABLE(Kind.CONFLICT,
            "Only an accepted achievement, or a patent application or patent that has not ended, can be incubated"),
    SUBJECT_ALREADY_INCUBATED(Kind.CONFLICT, "The station is already incubating this achievement or patent"),
    INCUBATION_ALREADY_RECORDED(Kind.CONFLICT, "An incubation with this id is already recorded"),
    INCUBATION_NOT_FOUND(Kind.CONFLICT, "The station has no incubation with this id"),
    INCUBATION_GRADUATED(Kind.CONFLICT, "The incubation has ended; it accepts no further milestones or outcome"),
    DATE_BEFORE_ADMISSION(Kind.CONFLICT,
            "A milestone or graduation cannot be dated before the admission, nor an admission before the station "
                    + "was registered");

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
