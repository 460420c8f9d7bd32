package org.innovationledger.api.studio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Confirm the studio's official star for a year (星级认定). {@code computedStars}, {@code policyId} and
 * {@code policyVersion} are the computed rating the union staff saw; the official {@code stars} may differ from it
 * only with a {@code reason}.
 */
public record ConfirmStarRating(
        @TargetAggregateIdentifier String studioId,
        @TargetAggregateVersion Long expectedVersion,
        int year,
        int stars,
        int computedStars,
        String policyId,
        int policyVersion,
        String reason,
        String confirmedBy
) {
}
