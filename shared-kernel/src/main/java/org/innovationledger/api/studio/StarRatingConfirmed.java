package org.innovationledger.api.studio;

/**
 * The studio's official star for {@code year} (0 when it earns none), beside the computed one it was confirmed
 * against; a later confirmation of the same year replaces it, and both stay in the history.
 */
public record StarRatingConfirmed(
        String studioId,
        int year,
        int stars,
        int computedStars,
        String policyId,
        int policyVersion,
        String reason,
        String confirmedBy
) implements StudioEvent {
}
