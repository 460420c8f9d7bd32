package org.innovationledger.api.rating;

/**
 * A new version of a rating policy; earlier versions stay as they were, so a past year's rating can always be
 * reproduced under the version that produced it.
 */
public record RatingPolicyRevised(
        String policyId,
        int version,
        RatingRules rules,
        String reason,
        String revisedBy
) implements RatingPolicyEvent {
}
