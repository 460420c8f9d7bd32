package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.query.web.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Star ratings computed from the in-memory ledger, and the rating policies they come from (星级评定). */
@RestController
@Tag(name = "Ratings 星级评定")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: `errors` names the invalid parameter",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "503", description = "PROJECTION_BEHIND: this instance is still reading the ledger "
        + "after a start; retry after the Retry-After seconds",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ProblemDetail.class)))
class RatingQueryController {

    private final RatingQueries queries;

    RatingQueryController(RatingQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/studios/{studioId}/ratings/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A studio's rating for a year (年度星级测评)",
            description = "The score line by line (count, points, cap, the records counted) under the policy version "
                    + "in force for the year, or under the policy and version named; the stars, the gap to the "
                    + "next star, the movement since the year before and the official star if confirmed.")
    @ApiResponse(responseCode = "200", description = "The rating")
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such studio, policy, or no policy covers the year",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<StudioRatingAnswer> rating(
            @PathVariable String studioId,
            @Parameter(description = "The rated year", example = "2025") @PathVariable String year,
            @Parameter(description = "Rate under this policy instead of the one in force")
            @RequestParam(required = false) String policyId,
            @Parameter(description = "Rate under this version of policyId (default: its version in force)")
            @RequestParam(required = false) String policyVersion) {
        long started = System.nanoTime();
        StudioRatingAnswer rating = queries.rating(studioId, year, policyId, policyVersion);
        return ResponseEntity.ok().header("Server-Timing", DashboardController.serverTiming(started)).body(rating);
    }

    @GetMapping(path = "/api/ratings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Studios by stars (星级名单)",
            description = "The studios in scope with their computed and official stars for a year, most stars first;"
                    + " filter by computed or official stars. Revoked studios are left out.")
    @ApiResponse(responseCode = "200", description = "One page of studios")
    Page<StudioStarsRow> ratings(
            @Parameter(description = "Studios hosted by this enterprise (所在企业), exact name")
            @RequestParam(required = false) String enterprise,
            @Parameter(description = "Region (地区): a province (2 digits), city (4) or county (6) code prefix")
            @RequestParam(required = false) String region,
            @Parameter(description = "Naming level (命名级别)") @RequestParam(required = false) String level,
            @Parameter(description = "Studios that belong now to this alliance (联盟 id)")
            @RequestParam(required = false) String alliance,
            @Parameter(description = "The rated year (default: this year)") @RequestParam(required = false)
            String year,
            @Parameter(description = "Only studios with these computed stars, 0 to 5")
            @RequestParam(required = false) String stars,
            @Parameter(description = "Only studios with this official star, 0 to 5")
            @RequestParam(required = false) String officialStars,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        return queries.stars(StudioScope.parse(null, enterprise, alliance, region, level), year, stars,
                             officialStars, page, size);
    }

    @GetMapping(path = "/api/rating-policies", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rating policies (星级评定办法)", description = "Every policy with all its versions.")
    @ApiResponse(responseCode = "200", description = "The policies, in the order issued")
    List<PolicyAnswer> policies() {
        return queries.policies();
    }

    @GetMapping(path = "/api/rating-policies/{policyId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A rating policy (星级评定办法)", description = "The policy with all its versions.")
    @ApiResponse(responseCode = "200", description = "The policy")
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such policy",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    PolicyAnswer policy(@PathVariable String policyId) {
        return queries.policy(policyId);
    }
}
