package org.innovationledger.api.rating;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Issue a new version of a rating policy (修订): never an edit of an earlier version. */
public record ReviseRatingPolicy(
        @TargetAggregateIdentifier String policyId,
        @TargetAggregateVersion Long expectedVersion,
        RatingRules rules,
        String reason,
        String revisedBy
) {
}
