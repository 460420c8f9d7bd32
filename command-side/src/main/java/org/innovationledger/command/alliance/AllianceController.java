package org.innovationledger.command.alliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.innovationledger.api.alliance.FoundAlliance;
import org.innovationledger.api.alliance.JoinAlliance;
import org.innovationledger.api.alliance.LeaveAlliance;
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

import static org.innovationledger.command.alliance.AllianceRequests.*;

/** Commands on studio alliances (创新工作室联盟). */
@RestController
@RequestMapping(path = "/api/alliances", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Alliances 创新工作室联盟", description = "Group studios into alliances that share challenges")
class AllianceController {

    private final CommandDispatcher commands;

    AllianceController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Found an alliance led by a studio (成立联盟)")
    ResponseEntity<CommandResult> found(@Valid @RequestBody FoundAllianceRequest body, RequestContext context) {
        String allianceId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new FoundAlliance(
                allianceId, body.name().trim(), body.leadStudioId(), body.foundedOn(), body.description()), null);
        return CommandResponses.created(result, "/api/alliances/" + result.id());
    }

    @PostMapping("/{allianceId}/members")
    @Operation(summary = "A studio joins the alliance (加入联盟)")
    ResponseEntity<CommandResult> join(@PathVariable String allianceId, @Valid @RequestBody JoinAllianceRequest body,
                                       RequestContext context) {
        CommandResult result = commands.send(context, body, new JoinAlliance(
                allianceId, context.expectedVersion(), body.studioId(), body.joinedOn()), body.studioId());
        return CommandResponses.created(result, "/api/alliances/" + allianceId + "/members/" + body.studioId());
    }

    @PostMapping("/{allianceId}/members/{studioId}/departure")
    @Operation(summary = "A studio leaves the alliance (退出联盟)")
    ResponseEntity<CommandResult> leave(@PathVariable String allianceId, @PathVariable String studioId,
                                        @Valid @RequestBody LeaveAllianceRequest body, RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new LeaveAlliance(
                allianceId, context.expectedVersion(), studioId, body.leftOn(), body.reason()), null));
    }
}
