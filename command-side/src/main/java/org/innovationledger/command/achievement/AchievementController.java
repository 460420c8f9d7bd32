package org.innovationledger.command.achievement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.innovationledger.api.achievement.AcceptAchievement;
import org.innovationledger.api.achievement.AdjustVerifiedSavings;
import org.innovationledger.api.achievement.ClaimSavings;
import org.innovationledger.api.achievement.CorrectSavingsClaim;
import org.innovationledger.api.achievement.RecommendAchievement;
import org.innovationledger.api.achievement.RecordAchievement;
import org.innovationledger.api.achievement.RecordAdoption;
import org.innovationledger.api.achievement.RecordAward;
import org.innovationledger.api.achievement.RecordImplementation;
import org.innovationledger.api.achievement.RejectAchievement;
import org.innovationledger.api.achievement.RejectSavingsClaim;
import org.innovationledger.api.achievement.ReturnAchievement;
import org.innovationledger.api.achievement.ReviseAchievement;
import org.innovationledger.api.achievement.SubmitAchievement;
import org.innovationledger.api.achievement.VerifySavingsClaim;
import org.innovationledger.api.achievement.WithdrawAchievement;
import org.innovationledger.command.web.CommandDispatcher;
import org.innovationledger.command.web.CommandResponses;
import org.innovationledger.command.web.CommandResult;
import org.innovationledger.command.web.RequestContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static org.innovationledger.command.achievement.AchievementRequests.*;

/**
 * Commands on "五小" achievements (成果) and their savings claims (效益). Reads are on the query side, under the same
 * paths. Every write may carry {@code If-Match} (the version last read; 412 when stale) and {@code Idempotency-Key}
 * (a retry is applied once). Achievements, awards, adoptions, claims and adjusting entries get server ids.
 */
@RestController
@RequestMapping(path = "/api/achievements", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Achievements 五小成果",
        description = "Record achievements, review them, record awards, recommendation, adoption and cost savings")
class AchievementController {

    private static final String PATH = "/api/achievements/";

    private final CommandDispatcher commands;

    AchievementController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Record an achievement of an active studio as a draft (登记成果)")
    ResponseEntity<CommandResult> record(@Valid @RequestBody RecordAchievementRequest body, RequestContext context) {
        String achievementId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new RecordAchievement(
                achievementId, body.studioId(), body.content().toContent()), null);
        return CommandResponses.created(result, PATH + result.id());
    }

    @PutMapping("/{achievementId}/content")
    @Operation(summary = "Revise a draft or returned achievement (修改成果); the content replaces the previous one")
    ResponseEntity<CommandResult> revise(@PathVariable String achievementId, @Valid @RequestBody ContentRequest body,
                                         RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new ReviseAchievement(
                achievementId, context.expectedVersion(), body.toContent()), null));
    }

    @PostMapping("/{achievementId}/submission")
    @Operation(summary = "Submit the achievement for review (申报)")
    ResponseEntity<CommandResult> submit(@PathVariable String achievementId,
                                         @Valid @RequestBody SubmissionRequest body, RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new SubmitAchievement(
                achievementId, context.expectedVersion(), body.submittedOn()), null));
    }

    @PostMapping("/{achievementId}/acceptance")
    @Operation(summary = "Accept a submitted achievement (采纳)")
    ResponseEntity<CommandResult> accept(@PathVariable String achievementId,
                                         @Valid @RequestBody AcceptanceRequest body, RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new AcceptAchievement(
                achievementId, context.expectedVersion(), body.reviewer().trim(), body.acceptedOn(),
                body.comment()), null));
    }

    @PostMapping("/{achievementId}/return")
    @Operation(summary = "Return a submitted achievement for revision (退回修改), with the reason")
    ResponseEntity<CommandResult> returnForRevision(@PathVariable String achievementId,
                                                    @Valid @RequestBody ReturnRequest body, RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new ReturnAchievement(
                achievementId, context.expectedVersion(), body.reviewer().trim(), body.returnedOn(),
                body.reason().trim()), null));
    }

    @PostMapping("/{achievementId}/rejection")
    @Operation(summary = "Reject a submitted achievement (不予采纳), with the reason; final")
    ResponseEntity<CommandResult> reject(@PathVariable String achievementId,
                                         @Valid @RequestBody RejectionRequest body, RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new RejectAchievement(
                achievementId, context.expectedVersion(), body.reviewer().trim(), body.rejectedOn(),
                body.reason().trim()), null));
    }

    @PostMapping("/{achievementId}/withdrawal")
    @Operation(summary = "Withdraw the achievement before it is accepted (撤回); final")
    ResponseEntity<CommandResult> withdraw(@PathVariable String achievementId,
                                           @Valid @RequestBody WithdrawalRequest body, RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new WithdrawAchievement(
                achievementId, context.expectedVersion(), body.withdrawnOn(), body.reason()), null));
    }

    @PostMapping("/{achievementId}/implementation")
    @Operation(summary = "Record that an accepted achievement is implemented in production (实施)")
    ResponseEntity<CommandResult> implement(@PathVariable String achievementId,
                                            @Valid @RequestBody ImplementationRequest body, RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new RecordImplementation(
                achievementId, context.expectedVersion(), body.site().trim(), body.implementedFrom()), null));
    }

    @PostMapping("/{achievementId}/awards")
    @Operation(summary = "Record an award the achievement won (获奖): one per body and level")
    ResponseEntity<CommandResult> award(@PathVariable String achievementId, @Valid @RequestBody AwardRequest body,
                                        RequestContext context) {
        String awardId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new RecordAward(
                achievementId, context.expectedVersion(), awardId, body.level(), body.grade(),
                body.awardingBody().trim(), body.awardedOn()), awardId);
        return CommandResponses.created(result, PATH + achievementId + "/awards/" + result.entityId());
    }

    @PostMapping("/{achievementId}/recommendations")
    @Operation(summary = "Recommend an implemented achievement upward (推荐上报) for evaluation and adoption")
    ResponseEntity<CommandResult> recommend(@PathVariable String achievementId,
                                            @Valid @RequestBody RecommendationRequest body, RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new RecommendAchievement(
                achievementId, context.expectedVersion(), body.level(), body.recommendedTo().trim(),
                body.recommendedOn(), body.note()), null));
    }

    @PostMapping("/{achievementId}/adoptions")
    @Operation(summary = "Record that another enterprise or site adopted the achievement (推广应用)")
    ResponseEntity<CommandResult> adopt(@PathVariable String achievementId, @Valid @RequestBody AdoptionRequest body,
                                        RequestContext context) {
        String adoptionId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new RecordAdoption(
                achievementId, context.expectedVersion(), adoptionId, body.adopter().trim(), body.site(),
                body.adoptedOn(), body.note()), adoptionId);
        return CommandResponses.created(result, PATH + achievementId + "/adoptions/" + result.entityId());
    }

    @PostMapping("/{achievementId}/savings-claims")
    @Operation(summary = "Claim the savings an implemented achievement brought in a year or quarter (效益申报)")
    ResponseEntity<CommandResult> claimSavings(@PathVariable String achievementId,
                                               @Valid @RequestBody SavingsClaimRequest body, RequestContext context) {
        String claimId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new ClaimSavings(
                achievementId, context.expectedVersion(), claimId, body.savingsPeriod(), body.yuan(),
                body.method().trim(), body.evidenceRef(), body.claimedOn()), claimId);
        return CommandResponses.created(result, PATH + achievementId + "/savings-claims/" + result.entityId());
    }

    @PutMapping("/{achievementId}/savings-claims/{claimId}")
    @Operation(summary = "Correct a claim that is not yet verified (更正申报)")
    ResponseEntity<CommandResult> correctClaim(@PathVariable String achievementId, @PathVariable String claimId,
                                               @Valid @RequestBody ClaimCorrectionRequest body,
                                               RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new CorrectSavingsClaim(
                achievementId, context.expectedVersion(), claimId, body.yuan(), body.method().trim(),
                body.evidenceRef(), body.correctedOn(), body.reason().trim()), null));
    }

    @PostMapping("/{achievementId}/savings-claims/{claimId}/rejection")
    @Operation(summary = "Reject a claim that is not yet verified (不予认定), with the reason")
    ResponseEntity<CommandResult> rejectClaim(@PathVariable String achievementId, @PathVariable String claimId,
                                              @Valid @RequestBody ClaimRejectionRequest body,
                                              RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new RejectSavingsClaim(
                achievementId, context.expectedVersion(), claimId, body.rejectedBy().trim(), body.rejectedOn(),
                body.reason().trim()), null));
    }

    @PostMapping("/{achievementId}/savings-claims/{claimId}/verification")
    @Operation(summary = "Verify a claim (核实): the amount verified, at most the amount claimed, is locked")
    ResponseEntity<CommandResult> verifyClaim(@PathVariable String achievementId, @PathVariable String claimId,
                                              @Valid @RequestBody VerificationRequest body, RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new VerifySavingsClaim(
                achievementId, context.expectedVersion(), claimId, body.yuan(), body.verifiedBy().trim(),
                body.verifiedOn(), body.note()), null));
    }

    @PostMapping("/{achievementId}/savings-claims/{claimId}/adjustments")
    @Operation(summary = "Book an adjusting entry on a verified claim (调整): a signed amount, with the reason")
    ResponseEntity<CommandResult> adjust(@PathVariable String achievementId, @PathVariable String claimId,
                                         @Valid @RequestBody AdjustmentRequest body, RequestContext context) {
        String adjustmentId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new AdjustVerifiedSavings(
                achievementId, context.expectedVersion(), claimId, adjustmentId, body.yuan(),
                body.adjustedBy().trim(), body.adjustedOn(), body.reason().trim()), adjustmentId);
        return CommandResponses.created(result, PATH + achievementId + "/savings-claims/" + claimId
                + "/adjustments/" + result.entityId());
    }
}
