package org.innovationledger.api.rating;

/** Everything that can happen to a rating policy (星级评定办法). */
public sealed interface RatingPolicyEvent permits RatingPolicyIssued, RatingPolicyRevised {

    String policyId();
}
