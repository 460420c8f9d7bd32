package org.innovationledger.query.patent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.query.web.ETags;
import org.innovationledger.query.web.Page;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Reads on patents (专利). Writes go to the command side, under the same paths. */
@RestController
@RequestMapping(path = "/api/patents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Patents 专利", description = "The patent portfolio, counts for dashboards, each patent's history, and "
        + "the deadline calendar (fees, examination, re-examination, restoration, expiry) as JSON or iCalendar")
class PatentQueryController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String INVALID = "VALIDATION_FAILED: `errors` names the invalid parameter";

    private final PatentQueries queries;

    PatentQueryController(PatentQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List patents (专利清单)",
            description = "The portfolio: filter by studio, enterprise, region, type, status, year filed or granted "
                    + "and text; sorted, one page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of patents")
    @ApiResponse(responseCode = "400", description = INVALID,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    Page<PatentSummary> list(
            @ParameterObject PatentFilterParameters filter,
            @Parameter(description = "filedOn, grantedOn, termEndsOn, title or applicationNumber, optionally followed "
                    + "by ,asc or ,desc", schema = @Schema(type = "string", defaultValue = "filedOn,desc"),
                    example = "grantedOn,desc")
            @RequestParam(required = false) String sort,
            @Parameter(description = "0-based page number", schema = @Schema(type = "integer", minimum = "0",
                    defaultValue = "0"))
            @RequestParam(required = false) String page,
            @Parameter(description = "Items per page, 1 to 100", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "100", defaultValue = "20"))
            @RequestParam(required = false) String size) {
        return queries.list(filter, sort, page, size);
    }

    @GetMapping("/counts")
    @Operation(summary = "Count patents by group (专利统计)",
            description = "The same filters as the list; groupBy names one or more dimensions. For example granted "
                    + "invention patents per studio per year: type=INVENTION&groupBy=studio,year&yearOf=granted "
                    + "(counting by the year granted counts only patents that were granted).")
    @ApiResponse(responseCode = "200", description = "The groups with their counts")
    @ApiResponse(responseCode = "400", description = INVALID,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    PatentCounts counts(
            @ParameterObject PatentFilterParameters filter,
            @Parameter(description = "Comma-separated: studio, enterprise, region, type, status, year",
                    required = true, example = "studio,year")
            @RequestParam(required = false) String groupBy,
            @Parameter(description = "What `year` means: filed (申请年份) or granted (授权年份)",
                    schema = @Schema(type = "string", allowableValues = {"filed", "granted"}, defaultValue = "filed"))
            @RequestParam(required = false) String yearOf) {
        return queries.counts(filter, groupBy, yearOf);
    }

    @GetMapping("/deadlines")
    @Operation(summary = "Deadline calendar (专利期限日历)",
            description = "Annual fees (with the six months of grace and what each costs), requests for substantive "
                    + "examination, answers to office actions and corrections, re-examination and restoration "
                    + "windows, and ends of term, for a studio, an enterprise or a region (any combination; none: "
                    + "every patent). Grouped: OVERDUE, NEXT_30_DAYS, NEXT_90_DAYS (31–90), NEXT_365_DAYS (91–365); "
                    + "each deadline in one group, nearest to the day first. An overdue fee is IN_GRACE (still "
                    + "payable with a surcharge) or LOST (the patent lapses).")
    @ApiResponse(responseCode = "200", description = "The deadlines, grouped")
    @ApiResponse(responseCode = "400", description = INVALID,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    PatentDeadlines deadlines(
            @Parameter(description = "A studio's id") @RequestParam(required = false) String studio,
            @Parameter(description = "An enterprise (所在企业), exact name") @RequestParam(required = false)
            String enterprise,
            @Parameter(description = "A region code prefix: 2, 4 or 6 digits", example = "3608")
            @RequestParam(required = false) String region,
            @Parameter(description = "The day to count from, YYYY-MM-DD; default today in Asia/Shanghai",
                    example = "2025-06-01")
            @RequestParam(required = false) String on) {
        return queries.deadlines(studio, enterprise, region, on);
    }

    @GetMapping(path = "/calendar.ics", produces = PatentCalendarFeed.MEDIA_TYPE)
    @Operation(summary = "Deadline calendar as an iCalendar feed (专利期限订阅)",
            description = "For calendar applications to subscribe to, per studio or per region: one all-day event "
                    + "per deadline due within 365 days or overdue and still payable in grace, with a stable UID "
                    + "per patent, kind and year or office action, so that subscribers update events rather than "
                    + "duplicate them. SUMMARY in Chinese, DESCRIPTION in English; fees alarm 7 days before.")
    @ApiResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: neither studio nor region given, or one "
            + "is invalid", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> calendar(
            @Parameter(description = "A studio's id") @RequestParam(required = false) String studio,
            @Parameter(description = "A region code prefix: 2, 4 or 6 digits", example = "3608")
            @RequestParam(required = false) String region,
            @Parameter(description = "An enterprise (所在企业), exact name") @RequestParam(required = false)
            String enterprise,
            @Parameter(description = "The day to count from, YYYY-MM-DD; default today in Asia/Shanghai")
            @RequestParam(required = false) String on) {
        byte[] feed = queries.calendarFeed(studio, enterprise, region, on).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                             .contentType(MediaType.parseMediaType(PatentCalendarFeed.MEDIA_TYPE))
                             .header(HttpHeaders.CONTENT_DISPOSITION,
                                     ContentDisposition.inline().filename("patent-deadlines.ics").build().toString())
                             .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)))
                             .body(feed);
    }

    @GetMapping("/{patentId}")
    @Operation(summary = "Read one patent (专利详情)",
            description = "Its numbers, dates, status, applicants, owners and inventors, studio, corrections, office "
                    + "actions, rejections, annual fees paid, lapses, transfers, licences and invalidations. The "
                    + "ETag is the patent's version. After a write, pass the version it answered as minVersion to "
                    + "read your own write.")
    @ApiResponse(responseCode = "200", description = "The patent; ETag: its version")
    @ApiResponse(responseCode = "304", description = "If-None-Match names the current version")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: minVersion or maxWait is invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such patent",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "PROJECTION_BEHIND: the view has not reached minVersion yet; "
            + "retry after the Retry-After seconds",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PatentDetail> detail(
            @Parameter(description = "The patent's id") @PathVariable String patentId,
            @Parameter(description = "Wait until the view shows at least this version (from a command's answer)")
            @RequestParam(required = false) Long minVersion,
            @Parameter(description = "How long to wait for minVersion, in milliseconds; capped by the server")
            @RequestParam(required = false) Long maxWait,
            @Parameter(description = "A version already held (ETag); answered with 304 if still current")
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        PatentDetail patent = queries.detail(patentId, minVersion, maxWait);
        return ETags.conditional(ifNoneMatch, patent.version(), patent);
    }

    @GetMapping("/{patentId}/history")
    @Operation(summary = "A patent's history (专利事务记录)",
            description = "Every step, oldest first: its name in English and Chinese, its dates, everything the "
                    + "event says, who recorded it, when, and for which request. The ETag is the patent's version.")
    @ApiResponse(responseCode = "200", description = "The history; ETag: the patent's version")
    @ApiResponse(responseCode = "304", description = "If-None-Match names the current version")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: minVersion or maxWait is invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such patent",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "PROJECTION_BEHIND: the history has not reached minVersion "
            + "yet; retry after the Retry-After seconds",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PatentHistory> history(
            @Parameter(description = "The patent's id") @PathVariable String patentId,
            @Parameter(description = "Wait until the history shows at least this version")
            @RequestParam(required = false) Long minVersion,
            @Parameter(description = "How long to wait for minVersion, in milliseconds; capped by the server")
            @RequestParam(required = false) Long maxWait,
            @Parameter(description = "A version already held (ETag); answered with 304 if still current")
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        PatentHistory history = queries.history(patentId, minVersion, maxWait);
        return ETags.conditional(ifNoneMatch, history.version(), history);
    }
}
