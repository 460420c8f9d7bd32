package org.innovationledger.query.alliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.query.web.ETags;
import org.innovationledger.query.web.Page;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads on studio alliances (创新工作室联盟). Writes go to the command side, under the same paths. */
@RestController
@RequestMapping(path = "/api/alliances", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Alliances 创新工作室联盟", description = "Find alliances and the studios they group")
class AllianceQueryController {

    private final AllianceQueries queries;

    AllianceQueryController(AllianceQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List alliances (联盟列表)", description = "By name, one page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of alliances")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: `errors` names the invalid parameter",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    Page<AllianceSummary> list(@ParameterObject AllianceListParameters parameters) {
        return queries.list(parameters);
    }

    @GetMapping("/{allianceId}")
    @Operation(summary = "Read one alliance (联盟详情)",
            description = "Its lead studio and its current and former member studios, with their current names. "
                    + "The ETag is the alliance's version. After a write, pass the version it answered as "
                    + "minVersion to read your own write.")
    @ApiResponse(responseCode = "200", description = "The alliance; ETag: its version")
    @ApiResponse(responseCode = "304", description = "If-None-Match names the current version")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: minVersion or maxWait is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such alliance",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "PROJECTION_BEHIND: the view has not reached minVersion yet; "
            + "retry after the Retry-After seconds",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AllianceDetail> detail(
            @Parameter(description = "The alliance's id") @PathVariable String allianceId,
            @Parameter(description = "Wait until the view shows at least this version (from a command's answer)")
            @RequestParam(required = false) Long minVersion,
            @Parameter(description = "How long to wait for minVersion, in milliseconds; capped by the server")
            @RequestParam(required = false) Long maxWait,
            @Parameter(description = "A version already held (ETag); answered with 304 if still current")
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        AllianceDetail alliance = queries.detail(allianceId, minVersion, maxWait);
        return ETags.conditional(ifNoneMatch, alliance.version(), alliance);
    }
}
