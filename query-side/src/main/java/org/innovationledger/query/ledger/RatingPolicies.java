package org.innovationledger.query.ledger;

import org.innovationledger.api.rating.RatingIssuer;
import org.innovationledger.api.rating.RatingRules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rating policy and all its versions, as issued (星级评定办法). A studio's year is rated under the policy in
 * force for it: of the policies whose issuer's region contains the studio (a national one contains every studio),
 * the most local one that has a version in force that year; of its versions, the latest whose effective year is
 * not after the rated year. Versions are never changed, so a past year's rating can always be computed again under
 * the version that produced it.
 */
final class RatingPolicies {

    private final Map<String, Policy> policies = new LinkedHashMap<>();
    /** Bumped by every issue or revision: cached ratings computed before it are stale. */
    long changes;

    /** A policy with its versions; version n is {@code versions.get(n - 1)}. */
    record Policy(String id, String name, RatingIssuer issuer, List<RatingRules> versions) {

        /** The latest version in force in {@code year}, if any: its number. */
        int versionInForce(int year) {
            int found = 0;
            for (int version = 1; version <= versions.size(); version++) {
                if (versions.get(version - 1).effectiveYear() <= year) {
                    found = version;
                }
            }
            return found;
        }

        /** The length of the region prefix the issuer covers: 0 nationwide, 2, 4 or 6. */
        int reach() {
            return issuer.region() == null ? 0 : issuer.region().prefix().length();
        }

        boolean covers(String regionCode) {
            return issuer.region() == null || regionCode != null && regionCode.startsWith(issuer.region().prefix());
        }
    }

    /** A policy version chosen for a studio's year. */
    record InForce(Policy policy, int version) {

        RatingRules rules() {
            return policy.versions().get(version - 1);
        }
    }

    void issue(String policyId, String name, RatingIssuer issuer, RatingRules rules) {
        if (!policies.containsKey(policyId)) {
            List<RatingRules> versions = new ArrayList<>();
            versions.add(rules);
            policies.put(policyId, new Policy(policyId, name, issuer, versions));
            changes++;
        }
    }

    void revise(String policyId, int version, RatingRules rules) {
        Policy policy = policies.get(policyId);
        if (policy != null && version == policy.versions().size() + 1) {
            policy.versions().add(rules);
            changes++;
        }
    }

    Collection<Policy> all() {
        return policies.values();
    }

    Optional<Policy> policy(String policyId) {
        return Optional.ofNullable(policies.get(policyId));
    }

    Optional<InForce> inForce(String regionCode, int year) {
        Policy best = null;
        int bestVersion = 0;
        for (Policy policy : policies.values()) {
            int version = policy.covers(regionCode) ? policy.versionInForce(year) : 0;
            if (version > 0 && (best == null || policy.reach() >= best.reach())) { // a tie: the later issued
                best = policy;
                bestVersion = version;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new InForce(best, bestVersion));
    }
}
