package org.innovationledger.query.achievement;

import com.jayway.jsonpath.JsonPath;
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
import java.net.URI;
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
import static org.innovationledger.query.achievement.AchievementExamples.RICH;
import static org.innovationledger.query.achievement.AchievementExamples.WITHDRAWN;

/**
 * The achievement detail as it runs: the examples' events appended to the store, projected by the
 * {@code achievements} processor and read over HTTP; errors as problem details; the API described; a replay that
 * rebuilds the same answers.
 */
class AchievementsInTheApplicationTest {

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
        for (DomainEventMessage<?> event : AchievementExamples.richTimeline().events()) {
            store.appendEvents(List.of(event));
            if (event.getType().equals("Achievement")) {
                lastVersions.put(event.getAggregateIdentifier(), event.getSequenceNumber());
            }
        }
        application = new SpringApplicationBuilder(QuerySideApplication.class)
                .run("--server.port=0", "--ledger.store.uri=" + mongo.connectionString() + "/ledger",
                     "--ledger.store.node-id=achievements-test", "--axon.update-check.disabled=true");
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

    /** Every achievement at its last version, and the late studio's name on the achievement recorded before it. */
    private static void awaitEverythingProjected() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                lastVersions.entrySet().stream().allMatch(achievement -> get("/api/achievements/"
                        + achievement.getKey() + "?minVersion=" + achievement.getValue() + "&maxWait=0")
                        .statusCode() == 200)
                        && get("/api/achievements/" + WITHDRAWN).body().contains("赵强职工创新工作室")
                        && get("/api/achievements/" + RICH).body().contains("（采掘）"));
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

    private static String json(HttpResponse<String> response, String path) {
        return String.valueOf((Object) JsonPath.read(response.body(), path));
    }

    @Test
    void anAchievementAndItsHistoryAreReadWithTheirVersion() {
        HttpResponse<String> achievement = get("/api/achievements/" + RICH + "?minVersion=22");
        HttpResponse<String> history = get("/api/achievements/" + RICH + "/history?minVersion=22");

        assertThat(achievement.statusCode()).isEqualTo(200);
        assertThat(achievement.headers().firstValue("ETag")).contains("\"22\"");
        assertThat(json(achievement, "$.savings.verified")).isEqualTo("93999.50");
        assertThat(achievement.body()).contains("\"verified\":\"93999.50\"", "\"share\":\"33.333\"");
        assertThat(json(achievement, "$.studio.hostEnterprise")).isEqualTo("赣鄱矿业集团");
        assertThat(history.headers().firstValue("ETag")).contains("\"22\"");
        assertThat(json(history, "$.entries[2].stepChinese")).isEqualTo("退回修改");
        assertThat(json(history, "$.entries[2].userId")).isEqualTo("union-staff-01");
        assertThat(json(history, "$.entries[2].correlationId")).startsWith("req-");
        assertThat(get("/api/achievements/" + RICH, "If-None-Match", "\"22\"").statusCode()).isEqualTo(304);
    }

    @Test
    void errorsAreProblemDetails() {
        HttpResponse<String> unknown = get("/api/achievements/a-nobody");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/api/achievements/a-nobody/history").statusCode()).isEqualTo(404);
        assertThat(get("/api/achievements/" + RICH + "?minVersion=abc").statusCode()).isEqualTo(400);
        assertThat(get("/api/achievements/" + RICH + "?minVersion=-1").statusCode()).isEqualTo(400);

        HttpResponse<String> behind = get("/api/achievements/" + RICH + "?minVersion=99&maxWait=50");
        assertThat(behind.statusCode()).isEqualTo(503);
        assertThat(behind.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(behind, "$.code")).isEqualTo("PROJECTION_BEHIND");
        assertThat(get("/api/achievements/" + RICH + "/history?minVersion=99&maxWait=50").statusCode())
                .isEqualTo(503);
    }

    @Test
    void theApiIsDescribed() {
        HttpResponse<String> docs = get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("Achievements 五小成果", "/api/achievements/{achievementId}",
                                         "/api/achievements/{achievementId}/history", "AchievementDetail",
                                         "verifiedTotal");
    }

    @Test
    void aReplayFromTheStartRebuildsTheSameAnswers() {
        String achievement = get("/api/achievements/" + RICH).body();
        String withdrawn = get("/api/achievements/" + WITHDRAWN).body();
        String history = get("/api/achievements/" + RICH + "/history").body();
        StreamingEventProcessor achievements = application.getBean(EventProcessingConfiguration.class)
                .eventProcessor(PersistedViews.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();

        achievements.shutDown();
        achievements.resetTokens();
        assertThat(get("/api/achievements/" + RICH).statusCode()).as("views dropped by the reset").isEqualTo(404);
        achievements.start();
        awaitEverythingProjected();

        assertThat(get("/api/achievements/" + RICH).body()).isEqualTo(achievement);
        assertThat(get("/api/achievements/" + WITHDRAWN).body()).isEqualTo(withdrawn);
        assertThat(get("/api/achievements/" + RICH + "/history").body()).isEqualTo(history);
    }
}
