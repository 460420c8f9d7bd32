package org.innovationledger.query.achievement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.query.web.ETags;
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

/**
 * Reads on one "五小" achievement (成果): its detail and its history. The list of achievements and the savings
 * roll-ups are answered by the ledger read model; writes go to the command side, under the same paths.
 */
@RestController
@RequestMapping(path = "/api/achievements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Achievements 五小成果", description = "\"Five smalls\" achievements: one achievement with its review, "
        + "awards, adoptions and savings claims, and its history")
class AchievementQueryController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final AchievementQueries queries;

    AchievementQueryController(AchievementQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{achievementId}")
    @Operation(summary = "Read one achievement (成果详情)",
            description = "Its content and contributors, studio, status, the whole review trail (every return kept), "
                    + "implementation, awards, recommendations, adoptions, and each savings claim with its "
                    + "corrections, rejection, verification and adjustments, with the achievement's totals: claimed "
                    + "(claims not rejected), verified (verified amounts plus adjustments) and pending (not yet "
                    + "verified). Money as decimal strings. The ETag is the achievement's version. After a write, "
                    + "pass the version it answered as minVersion to read your own write.")
    @ApiResponse(responseCode = "200", description = "The achievement; ETag: its version")
    @ApiResponse(responseCode = "304", description = "If-None-Match names the current version")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: minVersion or maxWait is invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such achievement",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "PROJECTION_BEHIND: the view has not reached minVersion yet; "
            + "retry after the Retry-After seconds",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AchievementDetail> detail(
            @Parameter(description = "The achievement's id") @PathVariable String achievementId,
            @Parameter(description = "Wait until the view shows at least this version (from a command's answer)")
            @RequestParam(required = false) Long minVersion,
            @Parameter(description = "How long to wait for minVersion, in milliseconds; capped by the server")
            @RequestParam(required = false) Long maxWait,
            @Parameter(description = "A version already held (ETag); answered with 304 if still current")
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        AchievementDetail achievement = queries.detail(achievementId, minVersion, maxWait);
        return ETags.conditional(ifNoneMatch, achievement.version(), achievement);
    }

    @GetMapping("/{achievementId}/history")
    @Operation(summary = "An achievement's history (成果事务记录)",
            description = "Every step, oldest first: its name in English and Chinese, its dates, everything the "
                    + "event says, who recorded it, when, and for which request. The ETag is the achievement's "
                    + "version.")
    @ApiResponse(responseCode = "200", description = "The history; ETag: the achievement's version")
    @ApiResponse(responseCode = "304", description = "If-None-Match names the current version")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: minVersion or maxWait is invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such achievement",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "PROJECTION_BEHIND: the history has not reached minVersion "
            + "yet; retry after the Retry-After seconds",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AchievementHistory> history(
            @Parameter(description = "The achievement's id") @PathVariable String achievementId,
            @Parameter(description = "Wait until the history shows at least this version")
            @RequestParam(required = false) Long minVersion,
            @Parameter(description = "How long to wait for minVersion, in milliseconds; capped by the server")
            @RequestParam(required = false) Long maxWait,
            @Parameter(description = "A version already held (ETag); answered with 304 if still current")
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        AchievementHistory history = queries.history(achievementId, minVersion, maxWait);
        return ETags.conditional(ifNoneMatch, history.version(), history);
    }
}
