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
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.Locale;

/** The leadership dashboard (领导驾驶舱), its drill-downs and its live updates, from the in-memory ledger. */
@RestController
@Tag(name = "Dashboard 驾驶舱")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: `errors` names the invalid parameter",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "503", description = "PROJECTION_BEHIND: this instance is still reading the ledger "
        + "after a start; retry after the Retry-After seconds",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ProblemDetail.class)))
class DashboardController {

    private final DashboardQueries queries;
    private final LedgerChanges changes;

    DashboardController(DashboardQueries queries, LedgerChanges changes) {
        this.queries = queries;
        this.changes = changes;
    }

    @GetMapping(path = "/api/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The dashboard of a region or an enterprise (驾驶舱)",
            description = "For a year or a range of years: studios by level, kind and stars; achievements by "
                    + "category and status; claimed, verified and pending savings with the quarterly trend; patents "
                    + "filed and granted by type; incubation; annual fees due within 90 days; top studios by stars, "
                    + "savings and patents; the change against the range before. Every count links to its records.")
    @ApiResponse(responseCode = "200", description = "The dashboard")
    ResponseEntity<Dashboard> dashboard(@ParameterObject DashboardParameters parameters) {
        long started = System.nanoTime();
        Dashboard dashboard = queries.dashboard(parameters);
        return ResponseEntity.ok().header("Server-Timing", serverTiming(started)).body(dashboard);
    }

    @GetMapping(path = "/api/dashboard/records", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The records behind a dashboard figure (明细)",
            description = "The figure's code and key as in the dashboard's `records` links, with the same region, "
                    + "enterprise and years; one page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of records")
    ResponseEntity<Page<DashboardRecord>> records(
            @ParameterObject DashboardParameters parameters,
            @Parameter(description = "The figure, e.g. achievements.category, studios.stars, savings",
                    example = "achievements.category") @RequestParam(required = false) String figure,
            @Parameter(description = "The key within the figure, e.g. SMALL_INVENTION, 4, 2025-Q3; default total")
            @RequestParam(required = false) String key,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        long started = System.nanoTime();
        Page<DashboardRecord> records = queries.records(parameters, figure, key, page, size);
        return ResponseEntity.ok().header("Server-Timing", serverTiming(started)).body(records);
    }

    @GetMapping(path = "/api/dashboard/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live updates for open dashboards (实时更新)",
            description = "Server-sent events: `ledger-changed` with the ledger's position whenever it moved, at most "
                    + "five times a second; read the dashboard again on each.")
    @ApiResponse(responseCode = "200", description = "An event stream")
    SseEmitter changes() {
        return changes.subscribe();
    }

    /** How long the ledger took to answer, in milliseconds, as a {@code Server-Timing} value (read by the benchmark). */
    static String serverTiming(long startedNanos) {
        return String.format(Locale.ROOT, "ledger;dur=%.3f", (System.nanoTime() - startedNanos) / 1e6);
    }
}
