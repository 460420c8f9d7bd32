package org.innovationledger.command.rating;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.api.common.BusinessRuleViolation;
import org.innovationledger.api.common.ErrorCode;
import org.innovationledger.api.rating.IssueRatingPolicy;
import org.innovationledger.api.rating.RatingIssuer;
import org.innovationledger.api.rating.RatingPolicyIssued;
import org.innovationledger.api.rating.RatingPolicyRevised;
import org.innovationledger.api.rating.RatingRules;
import org.innovationledger.api.rating.ReviseRatingPolicy;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A rating policy (星级评定办法): the scoring sheet a union issues to rate its studios each year. It is data, issued
 * as version 1 and revised only by issuing a new version (修订); every version stays, so a past year's rating can be
 * reproduced under the version that produced it. A new version never takes effect before the latest one does.
 */
@Aggregate(snapshotTriggerDefinition = "ratingPolicySnapshotTrigger")
class RatingPolicy {

    @AggregateIdentifier
    private String id;
    private String name;
    private RatingIssuer issuer;
    /** Every version's rules, version 1 first. */
    private List<RatingRules> versions = new ArrayList<>();

    RatingPolicy() {
    }

    @CommandHandler
    RatingPolicy(IssueRatingPolicy command) {
        PolicyRules.ensureValidIssuer(command.issuer());
        PolicyRules.ensureValid(command.rules());
        ensureActor(command.issuedBy(), "issuing a policy");
        apply(new RatingPolicyIssued(command.policyId(), command.name(), command.issuer(), 1, command.rules(),
                command.issuedBy()));
    }

    @CommandHandler
    void handle(ReviseRatingPolicy command) {
        PolicyRules.ensureValid(command.rules());
        ensureNotBeforeLatest(command.rules());
        if (command.reason() == null || command.reason().isBlank()) {
            throw new BusinessRuleViolation(ErrorCode.REASON_REQUIRED, "a revision of a policy states its reason");
        }
        ensureActor(command.revisedBy(), "a revision of a policy");
        apply(new RatingPolicyRevised(id, versions.size() + 1, command.rules(), command.reason(),
                command.revisedBy()));
    }

    /** The latest version's number: 1 after the issue, one more for each revision. */
    int latestVersion() {
        return versions.size();
    }

    RatingRules rulesOf(int version) {
        return versions.get(version - 1);
    }

    private void ensureNotBeforeLatest(RatingRules rules) {
        RatingRules latest = rulesOf(latestVersion());
        if (rules.effectiveYear() < latest.effectiveYear()) {
            throw new BusinessRuleViolation(ErrorCode.POLICY_EFFECTIVE_YEAR_BEFORE_LATEST, "version "
                    + latestVersion() + " of policy " + id + " takes effect in " + latest.effectiveYear()
                    + "; a new version cannot take effect in " + rules.effectiveYear());
        }
    }

    private static void ensureActor(String actor, String step) {
        if (actor == null || actor.isBlank()) {
            throw new BusinessRuleViolation(ErrorCode.ACTOR_REQUIRED, step + " must name who made it");
        }
    }

    @EventSourcingHandler
    void on(RatingPolicyIssued event) {
        id = event.policyId();
        name = event.name();
        issuer = event.issuer();
        versions.add(event.rules());
    }

    @EventSourcingHandler
    void on(RatingPolicyRevised event) {
        versions.add(event.rules());
    }
}
