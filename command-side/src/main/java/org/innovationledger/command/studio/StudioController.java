package org.innovationledger.command.studio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.studio.ChangeLeader;
import org.innovationledger.api.studio.ConfirmStarRating;
import org.innovationledger.api.studio.GrantFunding;
import org.innovationledger.api.studio.JoinStudio;
import org.innovationledger.api.studio.LeaveStudio;
import org.innovationledger.api.studio.PromoteStudio;
import org.innovationledger.api.studio.RegisterStudio;
import org.innovationledger.api.studio.ReinstateStudio;
import org.innovationledger.api.studio.RevokeStudioName;
import org.innovationledger.api.studio.SolveChallenge;
import org.innovationledger.api.studio.SpendFunding;
import org.innovationledger.api.studio.SuspendStudio;
import org.innovationledger.api.studio.TakeOnChallenge;
import org.innovationledger.api.studio.UpdateStudioProfile;
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

import static org.innovationledger.command.studio.StudioRequests.*;

/**
 * Commands on studios (创新工作室). Reads are on the query side, under the same paths. Every write may carry
 * {@code If-Match} (the version last read; 412 when stale) and {@code Idempotency-Key} (a retry is applied once).
 */
@RestController
@RequestMapping(path = "/api/studios", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Studios 创新工作室", description = "Register studios and record what they do")
class StudioController {

    private final CommandDispatcher commands;

    StudioController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Register a studio (登记工作室)")
    ResponseEntity<CommandResult> register(@Valid @RequestBody RegisterStudioRequest body, RequestContext context) {
        String studioId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new RegisterStudio(
                studioId, body.name().trim(), body.kind(), body.level(), body.hostEnterprise().trim(),
                new RegionCode(body.regionCode()), body.namingUnion().trim(), body.leader().toLeader(),
                body.foundedOn(), body.description()), null);
        return CommandResponses.created(result, "/api/studios/" + result.id());
    }

    @PutMapping("/{studioId}/profile")
    @Operation(summary = "Update the profile (修改工作室信息)")
    ResponseEntity<CommandResult> updateProfile(@PathVariable String studioId,
                                                @Valid @RequestBody UpdateProfileRequest body,
                                                RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new UpdateStudioProfile(
                studioId, context.expectedVersion(), body.name().trim(), body.hostEnterprise().trim(),
                body.region(), body.description()), null));
    }

    @PostMapping("/{studioId}/members")
    @Operation(summary = "A worker joins the studio (成员加入)")
    ResponseEntity<CommandResult> join(@PathVariable String studioId, @Valid @RequestBody JoinRequest body,
                                       RequestContext context) {
        CommandResult result = commands.send(context, body, new JoinStudio(
                studioId, context.expectedVersion(), body.memberId(), body.name().trim(), body.role().trim(),
                body.apprentice(), body.joinedOn()), body.memberId());
        return CommandResponses.created(result, "/api/studios/" + studioId + "/members/" + body.memberId());
    }

    @PostMapping("/{studioId}/members/{memberId}/departure")
    @Operation(summary = "A member leaves the studio (成员退出)")
    ResponseEntity<CommandResult> leave(@PathVariable String studioId, @PathVariable String memberId,
                                        @Valid @RequestBody LeaveRequest body,
                                        RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new LeaveStudio(
                studioId, context.expectedVersion(), memberId, body.leftOn(), body.reason()), null));
    }

    @PostMapping("/{studioId}/leader-changes")
    @Operation(summary = "Hand the studio to a new leader (变更领衔人)")
    ResponseEntity<CommandResult> changeLeader(@PathVariable String studioId,
                                               @Valid @RequestBody ChangeLeaderRequest body,
                                               RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new ChangeLeader(
                studioId, context.expectedVersion(), body.leader().toLeader(), body.changedOn(),
                body.reason()), null));
    }

    @PostMapping("/{studioId}/promotions")
    @Operation(summary = "Name the studio at a higher level (晋级)")
    ResponseEntity<CommandResult> promote(@PathVariable String studioId, @Valid @RequestBody PromoteRequest body,
                                          RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new PromoteStudio(
                studioId, context.expectedVersion(), body.level(), body.namingUnion().trim(),
                body.promotedOn()), null));
    }

    @PostMapping("/{studioId}/suspension")
    @Operation(summary = "Suspend the studio (暂停)")
    ResponseEntity<CommandResult> suspend(@PathVariable String studioId,
                                          @Valid @RequestBody StatusChangeRequest body,
                                          RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new SuspendStudio(
                studioId, context.expectedVersion(), body.reason(), body.effectiveOn()), null));
    }

    @PostMapping("/{studioId}/reinstatement")
    @Operation(summary = "Lift a suspension (恢复)")
    ResponseEntity<CommandResult> reinstate(@PathVariable String studioId,
                                            @Valid @RequestBody StatusChangeRequest body,
                                            RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new ReinstateStudio(
                studioId, context.expectedVersion(), body.reason(), body.effectiveOn()), null));
    }

    @PostMapping("/{studioId}/revocation")
    @Operation(summary = "Revoke the studio's name (摘牌); final")
    ResponseEntity<CommandResult> revoke(@PathVariable String studioId, @Valid @RequestBody StatusChangeRequest body,
                                         RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new RevokeStudioName(
                studioId, context.expectedVersion(), body.reason(), body.effectiveOn()), null));
    }

    @PostMapping("/{studioId}/grants")
    @Operation(summary = "Record funding granted to the studio (拨付经费)")
    ResponseEntity<CommandResult> grant(@PathVariable String studioId, @Valid @RequestBody GrantRequest body,
                                        RequestContext context) {
        String grantId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new GrantFunding(
                studioId, context.expectedVersion(), grantId, body.yuan(), body.grantor().trim(),
                body.purpose().trim(), body.grantedOn()), grantId);
        return CommandResponses.created(result, "/api/studios/" + studioId + "/grants/" + result.entityId());
    }

    @PostMapping("/{studioId}/grants/{grantId}/spendings")
    @Operation(summary = "Record funding spent against a grant (经费使用); never more than granted")
    ResponseEntity<CommandResult> spend(@PathVariable String studioId, @PathVariable String grantId,
                                        @Valid @RequestBody SpendRequest body,
                                        RequestContext context) {
        String spendingId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new SpendFunding(
                studioId, context.expectedVersion(), grantId, spendingId, body.yuan(), body.purpose().trim(),
                body.spentOn()), spendingId);
        return CommandResponses.created(result, "/api/studios/" + studioId + "/grants/" + grantId + "/spendings/"
                + result.entityId());
    }

    @PostMapping("/{studioId}/challenges")
    @Operation(summary = "Take on a technical bottleneck (技术攻关)")
    ResponseEntity<CommandResult> takeOnChallenge(@PathVariable String studioId,
                                                  @Valid @RequestBody ChallengeRequest body,
                                                  RequestContext context) {
        String challengeId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new TakeOnChallenge(
                studioId, context.expectedVersion(), challengeId, body.title().trim(), body.description(),
                body.takenOn()), challengeId);
        return CommandResponses.created(result, "/api/studios/" + studioId + "/challenges/" + result.entityId());
    }

    @PostMapping("/{studioId}/challenges/{challengeId}/solution")
    @Operation(summary = "Record that a challenge was solved (攻关完成)")
    ResponseEntity<CommandResult> solve(@PathVariable String studioId, @PathVariable String challengeId,
                                        @Valid @RequestBody SolutionRequest body,
                                        RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new SolveChallenge(
                studioId, context.expectedVersion(), challengeId, body.outcome().trim(), body.solvedOn()),
                null));
    }

    @PostMapping("/{studioId}/star-ratings")
    @Operation(summary = "Confirm the studio's official star for a year (星级认定), beside the computed one; a "
            + "difference, or a second confirmation of the year, states why")
    ResponseEntity<CommandResult> confirmStars(@PathVariable String studioId,
                                               @Valid @RequestBody StarRatingRequest body,
                                               RequestContext context) {
        String year = String.valueOf(body.year());
        CommandResult result = commands.send(context, body, new ConfirmStarRating(
                studioId, context.expectedVersion(), body.year(), body.stars(), body.computedStars(),
                body.policyId().trim(), body.policyVersion(), body.trimmedReason(), body.confirmedBy().trim()),
                year);
        return CommandResponses.created(result, "/api/studios/" + studioId + "/star-ratings/" + year);
    }
}
