package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.query.web.Page;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The reads served from the in-memory ledger: the achievement list and the savings roll-ups (ADR 0007). Until the
 * ledger has caught up with the stream after a start, they answer 503 with Retry-After.
 */
@RestController
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: `errors` names the invalid parameter",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "503", description = "PROJECTION_BEHIND: this instance is still reading the ledger "
        + "after a start; retry after the Retry-After seconds",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ProblemDetail.class)))
class LedgerQueryController {

    private final LedgerQueries queries;

    LedgerQueryController(LedgerQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/achievements", produces = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "Achievements 五小成果")
    @Operation(summary = "List achievements (成果列表)",
            description = "Filter by studio, enterprise, alliance, region prefix, naming level, category, status, "
                    + "year, award level and text; sorted, one page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of achievements")
    ResponseEntity<Page<AchievementListItem>> achievements(@ParameterObject AchievementListParameters parameters) {
        return timed(() -> queries.achievements(parameters));
    }

    @GetMapping(path = "/api/savings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "Savings 效益")
    @Operation(summary = "Cost savings roll-up (效益汇总)",
            description = "Claimed, verified and pending savings of the studios in scope (a studio, an enterprise, "
                    + "an alliance, a region prefix, a naming level), in one year or all, optionally broken down "
                    + "by period (the quarterly trend), year, studio, enterprise, alliance, region (one level "
                    + "down), level or category. Exact amounts as decimal strings.")
    @ApiResponse(responseCode = "200", description = "The totals and their groups")
    ResponseEntity<SavingsTotals> savings(
            @ParameterObject SavingsParameters parameters,
            @Parameter(description = "period, year, studio, enterprise, alliance, region, level or category",
                    example = "period") @RequestParam(required = false) String groupBy,
            @Parameter(description = "How many groups to list, 1 to 1000 (default 100)")
            @RequestParam(required = false) String limit) {
        return timed(() -> queries.savings(parameters, groupBy, limit));
    }

    @GetMapping(path = "/api/savings/top-studios", produces = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "Savings 效益")
    @Operation(summary = "Studios that saved most (效益排行)",
            description = "The studios in scope ranked by verified savings, then by claimed savings.")
    @ApiResponse(responseCode = "200", description = "The ranking")
    ResponseEntity<List<RankedStudio>> topStudios(
            @ParameterObject SavingsParameters parameters,
            @Parameter(description = "How many studios, 1 to 100 (default 10)")
            @RequestParam(required = false) String limit) {
        return timed(() -> queries.topStudios(parameters, limit));
    }

    /**
     * The answer with a {@code Server-Timing} header: how long the ledger took to answer, in milliseconds, without
     * the HTTP exchange around it (shown by browsers' developer tools, and read by the benchmark).
     */
    private static <T> ResponseEntity<T> timed(Supplier<T> query) {
        long started = System.nanoTime();
        T answer = query.get();
        String duration = String.format(Locale.ROOT, "%.3f", (System.nanoTime() - started) / 1e6);
        return ResponseEntity.ok().header("Server-Timing", "ledger;dur=" + duration).body(answer);
    }
}
