package org.innovationledger.query.patent;

import com.jayway.jsonpath.JsonPath;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.innovationledger.eventstore.LedgerSerializers;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.innovationledger.query.QuerySideApplication;
import org.innovationledger.query.store.PersistedViews;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The patent read model as it runs: the portfolio's events appended to the store, projected by the {@code patents}
 * processor, and the deadline calendar checked over HTTP — as JSON and as an iCalendar feed — for patents in every
 * state; errors as problem details; the API described; a replay that rebuilds the same answers.
 */
class PatentsInTheApplicationTest {

    private static final HttpClient client = HttpClient.newHttpClient();
    private static final Map<String, Long> lastVersions = new LinkedHashMap<>();

    private static InProcessMongo mongo;
    private static ConfigurableApplicationContext application;
    private static String baseUrl;

    @BeforeAll
    static void startApplicationAndRecordEvents() {
        mongo = new InProcessMongo();
        MongoEventStorageEngine store = MongoEventStorageEngine.builder()
                .database(mongo.database())
                .eventSerializer(LedgerSerializers.messages())
                .snapshotSerializer(LedgerSerializers.snapshots())
                .build();
        for (DomainEventMessage<?> event : PatentPortfolio.timeline().events()) {
            store.appendEvents(List.of(event));
            if (event.getType().equals("Patent")) {
                lastVersions.put(event.getAggregateIdentifier(), event.getSequenceNumber());
            }
        }
        application = new SpringApplicationBuilder(QuerySideApplication.class)
                .run("--server.port=0", "--ledger.store.uri=" + mongo.connectionString() + "/ledger",
                     "--ledger.store.node-id=patents-test", "--axon.update-check.disabled=true");
        baseUrl = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
        awaitEverythingProjected();
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }

    /** Every patent at its last version, and every studio's region on its patents (the calendar counts them all). */
    private static void awaitEverythingProjected() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                lastVersions.entrySet().stream().allMatch(patent -> get("/api/patents/" + patent.getKey()
                        + "?minVersion=" + patent.getValue() + "&maxWait=0").statusCode() == 200)
                        && get("/api/patents/deadlines?on=2025-06-01&region=36").body().contains("\"total\":10")
                        && get("/api/patents/deadlines?on=2025-06-01&region=44").body().contains("\"total\":1"));
    }

    private static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T json(HttpResponse<String> response, String path) {
        return JsonPath.read(response.body(), path);
    }

    @Test
    void theDeadlineCalendarOfARegionIsAnsweredOverHttp() {
        HttpResponse<String> response = get("/api/patents/deadlines?region=36&on=2025-06-01");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(strings(response, "$.groups[*].group"))
                .containsExactly("OVERDUE", "NEXT_30_DAYS", "NEXT_90_DAYS", "NEXT_365_DAYS");
        assertThat(strings(response, "$.groups[0].deadlines[*].id"))
                .containsExactly("p-in-grace/ANNUAL_FEE/11", "p-grace-lost/ANNUAL_FEE/3");
        assertThat(strings(response, "$.groups[0].deadlines[*].standing")).containsExactly("IN_GRACE", "LOST");
        assertThat(json(response, "$.groups[0].deadlines[0].annualFee.amountDueToday.total").toString())
                .isEqualTo("4400.00");
        assertThat(strings(response, "$.groups[1].deadlines[*].kind")).containsExactly(
                "ANNUAL_FEE", "RESTORATION_REQUEST", "CORRECTION_RESPONSE", "OFFICE_ACTION_RESPONSE", "EXPIRY");
        assertThat(strings(response, "$.groups[1].deadlines[0].annualFee.graceMonths[*].amountDue.total"))
                .containsExactly("900.00", "945.00", "990.00", "1035.00", "1080.00", "1125.00");
        assertThat(json(response, "$.groups[1].deadlines[1].annualFee.amountDueToday.total").toString())
                .isEqualTo("1125.00");
        assertThat(strings(response, "$.groups[2].deadlines[*].kind"))
                .containsExactly("REEXAMINATION_REQUEST", "SUBSTANTIVE_EXAMINATION_REQUEST");
        assertThat(strings(response, "$.groups[3].deadlines[*].dueOn")).containsExactly("2026-03-20");
        assertThat(response.body()).doesNotContain("p-withdrawn", "p-expired", "p-rejected-long-ago");
    }

    @Test
    void aStudioAndAnEnterpriseHaveTheirOwnCalendars() {
        HttpResponse<String> studio = get("/api/patents/deadlines?studio=s-jian&on=2025-06-01");
        HttpResponse<String> enterprise = get("/api/patents/deadlines?on=2025-06-01&enterprise="
                + URLEncoder.encode(PatentExamples.JIAN_HEAVY, StandardCharsets.UTF_8));

        assertThat(json(studio, "$.total").toString()).isEqualTo("4");
        assertThat(enterprise.body()).isEqualTo(studio.body());
    }

    @Test
    void theCalendarFeedParsesInAStandardICalendarParser() throws Exception {
        HttpResponse<String> response = get("/api/patents/calendar.ics?region=360829&on=2025-06-01",
                                             "Accept", "text/calendar");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/calendar;charset=utf-8");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> event.<Property>getProperty(Property.UID).orElseThrow().getValue())
                          .containsExactlyInAnyOrder("p-in-grace/ANNUAL_FEE/11@innovation-ledger",
                                                     "p-fee-soon/ANNUAL_FEE/5@innovation-ledger",
                                                     "p-lapsed/RESTORATION_REQUEST/5@innovation-ledger",
                                                     "p-expiring/EXPIRY@innovation-ledger",
                                                     "p-in-grace/ANNUAL_FEE/12@innovation-ledger");
        assertThat(calendar.<Property>getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("专利期限 · 地区 360829");
    }

    @Test
    void aPatentAndItsHistoryAreReadWithTheirVersion() {
        HttpResponse<String> patent = get("/api/patents/p-office-action?minVersion=6");
        HttpResponse<String> history = get("/api/patents/p-office-action/history");

        assertThat(patent.statusCode()).isEqualTo(200);
        assertThat(patent.headers().firstValue("ETag")).contains("\"6\"");
        assertThat(json(patent, "$.officeActions[1].officeActionId").toString()).isEqualTo("oa-2");
        assertThat(json(patent, "$.studio.hostEnterprise").toString()).isEqualTo(PatentExamples.JIAN_HEAVY);
        assertThat(history.headers().firstValue("ETag")).contains("\"6\"");
        assertThat(json(history, "$.entries[6].stepChinese").toString()).isEqualTo("审查意见通知书");
        assertThat(json(history, "$.entries[6].dates.responseDueOn").toString()).isEqualTo("2025-06-25");
        assertThat(json(history, "$.entries[6].userId").toString()).isEqualTo("studio-lead-jian");
        assertThat(json(history, "$.entries[6].correlationId").toString()).startsWith("req-");
        assertThat(get("/api/patents/p-office-action", "If-None-Match", "\"6\"").statusCode()).isEqualTo(304);
    }

    @Test
    void thePortfolioAndItsCountsAreAnswered() {
        HttpResponse<String> list = get("/api/patents?region=36&status=GRANTED&sort=grantedOn,desc&size=2");
        HttpResponse<String> counts = get("/api/patents/counts?type=INVENTION&groupBy=studio,year&yearOf=granted");

        assertThat(strings(list, "$.items[*].id")).containsExactly("p-grace-lost", "p-fee-soon");
        assertThat(json(list, "$.totalItems").toString()).isEqualTo("4");
        assertThat(json(counts, "$.groups[0].studioName").toString()).isEqualTo(PatentPortfolio.ANFU_NAME);
        assertThat(json(counts, "$.groups[0].year").toString()).isEqualTo("2019");
    }

    @Test
    void errorsAreProblemDetailsNamingTheParameter() {
        assertInvalid(get("/api/patents/deadlines?on=2025-13-01"), "on");
        assertInvalid(get("/api/patents/deadlines?region=3"), "region");
        assertInvalid(get("/api/patents?filedYear=last"), "filedYear");
        assertInvalid(get("/api/patents?sort=rating"), "sort");
        assertInvalid(get("/api/patents/counts"), "groupBy");
        assertInvalid(get("/api/patents/counts?groupBy=year&yearOf=issued"), "yearOf");
        assertInvalid(get("/api/patents/calendar.ics"), "studio");
        assertInvalid(get("/api/patents/calendar.ics?region=99", "Accept", "text/calendar"), "region");

        assertThat(get("/api/patents/p-nobody").statusCode()).isEqualTo(404);
        assertThat(get("/api/patents/p-nobody/history").statusCode()).isEqualTo(404);
        assertThat(get("/api/patents/p-fee-soon?minVersion=abc").statusCode()).isEqualTo(400);
        HttpResponse<String> behind = get("/api/patents/p-fee-soon?minVersion=99&maxWait=50");
        assertThat(behind.statusCode()).isEqualTo(503);
        assertThat(behind.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void theApiIsDescribed() {
        HttpResponse<String> docs = get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("Patents 专利", "/api/patents/{patentId}", "/api/patents/{patentId}/history",
                                         "/api/patents/deadlines", "/api/patents/counts", "/api/patents/calendar.ics",
                                         "text/calendar", "\"groupBy\"", "\"filedYear\"", "\"enterprise\"");
    }

    @Test
    void aReplayFromTheStartRebuildsTheSameAnswers() {
        String deadlines = get("/api/patents/deadlines?on=2025-06-01").body();
        String patent = get("/api/patents/p-rejected").body();
        String history = get("/api/patents/p-lapsed/history").body();
        StreamingEventProcessor patents = application.getBean(EventProcessingConfiguration.class)
                .eventProcessor(PersistedViews.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();

        patents.shutDown();
        patents.resetTokens();
        assertThat(get("/api/patents/p-rejected").statusCode()).as("views dropped by the reset").isEqualTo(404);
        patents.start();
        awaitEverythingProjected();

        assertThat(get("/api/patents/deadlines?on=2025-06-01").body()).isEqualTo(deadlines);
        assertThat(get("/api/patents/p-rejected").body()).isEqualTo(patent);
        assertThat(get("/api/patents/p-lapsed/history").body()).isEqualTo(history);
    }

    private static List<String> strings(HttpResponse<String> response, String path) {
        List<Object> values = JsonPath.read(response.body(), path);
        return values.stream().map(String::valueOf).toList();
    }

    private static void assertInvalid(HttpResponse<String> response, String parameter) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response, "$.code").toString()).isEqualTo("VALIDATION_FAILED");
        assertThat(json(response, "$.errors[0].field").toString()).isEqualTo(parameter);
    }
}
