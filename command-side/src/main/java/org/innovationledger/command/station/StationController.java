package org.innovationledger.command.station;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.innovationledger.api.station.AdmitToIncubation;
import org.innovationledger.api.station.GraduateIncubation;
import org.innovationledger.api.station.RecordIncubationMilestone;
import org.innovationledger.api.station.RegisterStation;
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

import static org.innovationledger.command.station.StationRequests.*;

/**
 * Commands on worker innovation service stations (职工创新创业服务站) and what they incubate. Reads are on the query
 * side, under the same paths. Every write may carry {@code If-Match} (the version last read; 412 when stale) and
 * {@code Idempotency-Key} (a retry is applied once). Stations and incubations get server ids.
 */
@RestController
@RequestMapping(path = "/api/stations", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Service stations 职工创新创业服务站",
        description = "Register stations and incubate accepted achievements and patents")
class StationController {

    private static final String PATH = "/api/stations/";

    private final CommandDispatcher commands;

    StationController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Register a service station (设立服务站)")
    ResponseEntity<CommandResult> register(@Valid @RequestBody RegisterStationRequest body, RequestContext context) {
        String stationId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new RegisterStation(
                stationId, body.name().trim(), body.regionCode(), body.hostUnion().trim(), body.trimmedPartners(),
                body.registeredOn()), null);
        return CommandResponses.created(result, PATH + result.id());
    }

    @PostMapping("/{stationId}/incubations")
    @Operation(summary = "Admit an accepted achievement or a patent into incubation (入孵)")
    ResponseEntity<CommandResult> admit(@PathVariable String stationId, @Valid @RequestBody AdmissionRequest body,
                                        RequestContext context) {
        String incubationId = UUID.randomUUID().toString();
        CommandResult result = commands.send(context, body, new AdmitToIncubation(
                stationId, context.expectedVersion(), incubationId, body.subject().toSubject(), body.admittedOn(),
                body.note()), incubationId);
        return CommandResponses.created(result, PATH + stationId + "/incubations/" + result.entityId());
    }

    @PostMapping("/{stationId}/incubations/{incubationId}/milestones")
    @Operation(summary = "Record a milestone the incubation reached (孵化节点)")
    ResponseEntity<CommandResult> milestone(@PathVariable String stationId, @PathVariable String incubationId,
                                            @Valid @RequestBody MilestoneRequest body, RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new RecordIncubationMilestone(
                stationId, context.expectedVersion(), incubationId, body.milestone().trim(), body.reachedOn()),
                null));
    }

    @PostMapping("/{stationId}/incubations/{incubationId}/graduation")
    @Operation(summary = "End the incubation with its outcome (出孵); final")
    ResponseEntity<CommandResult> graduate(@PathVariable String stationId, @PathVariable String incubationId,
                                           @Valid @RequestBody GraduationRequest body, RequestContext context) {
        return CommandResponses.ok(commands.send(context, body, new GraduateIncubation(
                stationId, context.expectedVersion(), incubationId, body.outcome(), body.graduatedOn(),
                body.note()), null));
    }
}
