package org.innovationledger.api.rating;

/** A union issued a rating policy; its first version is {@code version} 1. */
public record RatingPolicyIssued(
        String policyId,
        String name,
        RatingIssuer issuer,
        int version,
        RatingRules rules,
        String issuedBy
) implements RatingPolicyEvent {
}
