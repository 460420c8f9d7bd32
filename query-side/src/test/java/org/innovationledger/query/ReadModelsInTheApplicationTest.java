package org.innovationledger.query;

import com.jayway.jsonpath.JsonPath;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.eventstore.LedgerSerializers;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.innovationledger.query.store.PersistedViews;
import org.innovationledger.query.testsupport.History;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.Recorded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.query.testsupport.StudioEvents.*;

/**
 * The query side as it runs: events appended to the store are projected by the {@code studios} and
 * {@code alliances} processors and answered over HTTP, errors as problem details, the API described by springdoc.
 */
class ReadModelsInTheApplicationTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    private static InProcessMongo mongo;
    private static ConfigurableApplicationContext application;
    private static final HttpClient client = HttpClient.newHttpClient();
    private static String baseUrl;

    @BeforeAll
    static void startApplicationAndRecordEvents() {
        mongo = new InProcessMongo();
        MongoEventStorageEngine store = MongoEventStorageEngine.builder()
                .database(mongo.database())
                .eventSerializer(LedgerSerializers.messages())
                .snapshotSerializer(LedgerSerializers.snapshots())
                .build();
        History history = new History().add(
                registered("s-1"),
                registered("s-2", "周敏工匠人才创新工作室", StudioKind.CRAFTSMAN, NamingLevel.MUNICIPAL, "440305",
                           DAY),
                granted("s-1", "g-1", "0.10", DAY),
                granted("s-1", "g-2", "0.20", DAY),
                joined("s-1", "GP-1", "王小明", true, DAY),
                allianceFounded("a-1", "吉安市劳模工匠创新工作室联盟", "s-1", DAY),
                joinedAlliance("a-1", "s-2", DAY.plusDays(1)));
        for (Recorded event : history.events()) {
            store.appendEvents(List.of(event.message()));
        }
        application = new SpringApplicationBuilder(QuerySideApplication.class)
                .run("--server.port=0", "--ledger.store.uri=" + mongo.connectionString() + "/ledger",
                     "--ledger.store.node-id=read-models-test", "--axon.update-check.disabled=true");
        baseUrl = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
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


    private static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks with minVersion until the processors have started and caught up (each ask waits up to max-wait). */
    private static HttpResponse<String> getOnceProjected(String path) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> response = get(path);
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            response = get(path);
        }
        return response;
    }

    private static <T> T json(HttpResponse<String> response, String path) {
        return JsonPath.read(response.body(), path);
    }

    @Test
    void aStudioIsProjectedAndReadWithItsVersion() {
        HttpResponse<String> response = getOnceProjected("/api/studios/s-1?minVersion=3");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"3\"");
        assertThat(json(response, "$.funding.granted").toString()).isEqualTo("0.30");
        assertThat(json(response, "$.registeredAt").toString()).isEqualTo(History.START.toString());
        assertThat(json(response, "$.alliances[0].name").toString()).isEqualTo("吉安市劳模工匠创新工作室联盟");
        assertThat(get("/api/studios/s-1", "If-None-Match", "\"3\"").statusCode()).isEqualTo(304);
    }

    @Test
    void anAllianceShowsItsMembersByName() {
        HttpResponse<String> response = getOnceProjected("/api/alliances/a-1?minVersion=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response, "$.members[*].studioName").toString())
                .contains("李建华劳模创新工作室", "周敏工匠人才创新工作室");
        assertThat(json(response, "$.memberCount").toString()).isEqualTo("2");
    }

    @Test
    void listsFilterAndPage() {
        getOnceProjected("/api/studios/s-2?minVersion=0");

        HttpResponse<String> response = get("/api/studios?region=44&size=5");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response, "$.items[*].id").toString()).isEqualTo("[\"s-2\"]");
        assertThat(json(response, "$.totalItems").toString()).isEqualTo("1");
        assertThat(get("/api/alliances?q=" + URLEncoder.encode("联盟", StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void errorsAreProblemDetailsNamingTheParameter() {
        HttpResponse<String> invalid = get("/api/studios?level=CITY");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(invalid, "$.errors[0].field").toString()).isEqualTo("level");

        assertThat(get("/api/studios/nobody").statusCode()).isEqualTo(404);
        assertThat(get("/api/studios/s-1?minVersion=abc").statusCode()).isEqualTo(400);

        HttpResponse<String> behind = get("/api/studios/s-1?minVersion=99&maxWait=50");
        assertThat(behind.statusCode()).isEqualTo(503);
        assertThat(behind.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void theApiIsDescribed() {
        HttpResponse<String> docs = get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("Studios 创新工作室", "Alliances 创新工作室联盟", "/api/studios/{studioId}",
                                         "/api/alliances/{allianceId}", "minVersion", "\"region\"",
                                         "application/problem+json");
    }

    @Test
    void aReplayFromTheStartRebuildsTheSameView() {
        String before = getOnceProjected("/api/studios/s-1?minVersion=3").body();
        StreamingEventProcessor studios = application.getBean(EventProcessingConfiguration.class)
                .eventProcessor(PersistedViews.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();

        studios.shutDown();
        studios.resetTokens();
        assertThat(get("/api/studios/s-1").statusCode()).as("views dropped by the reset").isEqualTo(404);
        studios.start();

        assertThat(getOnceProjected("/api/studios/s-1?minVersion=3").body()).isEqualTo(before);
    }
}
