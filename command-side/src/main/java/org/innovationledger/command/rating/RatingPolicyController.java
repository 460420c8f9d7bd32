package org.innovationledger.command.rating;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.innovationledger.api.rating.IssueRatingPolicy;
import org.innovationledger.api.rating.ReviseRatingPolicy;
import org.innovationledger.command.web.CommandDispatcher;
import org.innovationledger.command.web.CommandResponses;
import org.innovationledger.command.web.CommandResult;
import org.innovationledger.command.web.RequestContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static org.innovationledger.command.rating.RatingPolicyRequests.*;

/**
 * Commands on rating policies (星级评定办法). Reads are on the query side, under the same paths. Every write may carry
 * {@code If-Match} (the version last read; 412 when stale) and {@code Idempotency-Key} (a retry is applied once).
 * The record's version (ETag) counts stored changes from 0; the policy's own version number counts from 1, so a
 * revision answers the new policy version as {@code entityId}, with the Location of that version.
 */
@RestController
@RequestMapping(path = "/api/rating-policies", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rating policies 星级评定办法",
        description = "Issue the scoring sheets studios are rated by, and revise them as new versions")
class RatingPolicyController {

    private static final String PATH = "/api/rating-policies/";

    private final CommandDispatcher commands;

    RatingPolicyController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Issue a rating policy (发布星级评定办法): its version 1; the id is the one given, or a new one")
    ResponseEntity<CommandResult> issue(@Valid @RequestBody IssuePolicyRequest body, RequestContext context) {
        String policyId = body.policyId() == null ? UUID.randomUUID().toString() : body.policyId();
        CommandResult result = commands.send(context, body, new IssueRatingPolicy(
                policyId, body.name().trim(), body.issuer().toIssuer(), body.rules().toRules(),
                body.issuedBy().trim()), null);
        return CommandResponses.created(result, PATH + result.id());
    }

    @PostMapping("/{policyId}/versions")
    @Operation(summary = "Revise the policy (修订): a new version, never an edit; answers its number as entityId")
    ResponseEntity<CommandResult> revise(@PathVariable String policyId, @Valid @RequestBody RevisePolicyRequest body,
                                         RequestContext context) {
        CommandResult stored = commands.send(context, body, new ReviseRatingPolicy(
                policyId, context.expectedVersion(), body.rules().toRules(), body.reason().trim(),
                body.revisedBy().trim()), null);
        // a policy stores one event per version: version n is the record's change n - 1
        String policyVersion = String.valueOf(stored.version() + 1);
        CommandResult result = new CommandResult(stored.id(), stored.version(), policyVersion, stored.replayed());
        return CommandResponses.created(result, PATH + result.id() + "/versions/" + policyVersion);
    }
}
