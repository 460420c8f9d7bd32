package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.rating.RatingIssuer;
import org.innovationledger.api.rating.RatingRules;

import java.util.List;

/** A rating policy with every version as issued (星级评定办法). */
@Schema(description = "A rating policy and all its versions; version n is versions[n-1]")
public record PolicyAnswer(String id, String name, RatingIssuer issuer, List<Version> versions) {

    public record Version(int version, RatingRules rules) {
    }

    static PolicyAnswer of(RatingPolicies.Policy policy) {
        List<Version> versions = new java.util.ArrayList<>();
        for (int i = 0; i < policy.versions().size(); i++) {
            versions.add(new Version(i + 1, policy.versions().get(i)));
        }
        return new PolicyAnswer(policy.id(), policy.name(), policy.issuer(), List.copyOf(versions));
    }
}
