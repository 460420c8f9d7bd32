package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.rating.RatingIssuer;
import org.innovationledger.query.rating.Rating;

import java.math.BigDecimal;

/**
 * A studio's rating for a year (年度星级): the computed rating line by line under the policy version in force (or
 * the one asked for), the movement since the year before, and the official star if union staff confirmed one.
 */
@Schema(description = "A studio's computed rating for a year, its movement and its official star")
public record StudioRatingAnswer(
        StudioRef studio,
        int year,
        @Schema(description = "The policy version that produced the rating") PolicyRef policy,
        Rating rating,
        @Schema(description = "The year before under the policy in force then; null if none covered it")
        PreviousYear previousYear,
        @Schema(description = "Stars and score gained (negative: lost) since the year before; null without one")
        Movement movement,
        @Schema(description = "The confirmed official star (认定星级); null until confirmed") Official official) {

    /** A policy version. */
    public record PolicyRef(String id, String name, RatingIssuer issuer, int version, int effectiveYear) {

        static PolicyRef of(RatingPolicies.InForce inForce) {
            return new PolicyRef(inForce.policy().id(), inForce.policy().name(), inForce.policy().issuer(),
                                 inForce.version(), inForce.rules().effectiveYear());
        }
    }

    public record PreviousYear(int year, int stars, @Schema(type = "string") BigDecimal score, PolicyRef policy) {
    }

    public record Movement(int stars, @Schema(type = "string") BigDecimal score) {
    }

    /** The official star beside the computed one it was confirmed against. */
    public record Official(int stars, int computedStars, String policyId, int policyVersion, String reason,
                           String confirmedBy,
                           @Schema(description = "True when the official star differs from the computed one")
                           boolean differsFromComputed) {

        static Official of(IndexedStudio.StarConfirmation confirmation) {
            return confirmation == null ? null
                    : new Official(confirmation.stars(), confirmation.computedStars(), confirmation.policyId(),
                                   confirmation.policyVersion(), confirmation.reason(), confirmation.confirmedBy(),
                                   confirmation.stars() != confirmation.computedStars());
        }
    }
}
