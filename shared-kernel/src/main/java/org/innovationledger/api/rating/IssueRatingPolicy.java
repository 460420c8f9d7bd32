package org.innovationledger.api.rating;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue a rating policy (发布星级评定办法): its first version. */
public record IssueRatingPolicy(
        @TargetAggregateIdentifier String policyId,
        String name,
        RatingIssuer issuer,
        RatingRules rules,
        String issuedBy
) {
}
