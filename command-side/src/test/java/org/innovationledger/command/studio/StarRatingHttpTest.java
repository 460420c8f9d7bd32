package org.innovationledger.command.studio;

import org.innovationledger.command.CommandSideApplication;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Confirming a studio's official star over HTTP against the command side as it runs (embedded store in a temporary
 * folder): 201 with the year as entityId, problem details naming the field or the rule for every refusal — with
 * nothing stored when a request is refused.
 */
class StarRatingHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dataDir;
    private static ConfigurableApplicationContext application;
    private static String api;

    record Response(int status, HttpResponse<String> raw) {

        JsonNode json() {
            return JSON.readTree(raw.body());
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        long version() {
            return json().get("version").asLong();
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    @BeforeAll
    static void start() {
        application = new SpringApplicationBuilder(CommandSideApplication.class)
                .run("--server.port=0", "--ledger.store.data-dir=" + dataDir, "--ledger.store.embedded-port=0",
                     "--axon.update-check.disabled=true");
        api = "http://localhost:" + application.getEnvironment().getProperty("local.server.port") + "/api";
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void starRatingsAreDescribedInTheApi() {
        Response description = send(HttpRequest.newBuilder(URI.create(api.replace("/api", "/v3/api-docs"))).GET());
        assertThat(description.status()).isEqualTo(200);
        assertThat(description.raw().body()).contains("/api/studios/{studioId}/star-ratings", "星级认定");
    }

    @Test
    void unionConfirmsAYearsStarAndReplacesItWithAReason() {
        String studio = registerStudio();
        String path = "/studios/" + studio + "/star-ratings";

        Response confirmed = post(path, rating(2024, 3, 3, null));
        assertThat(created(confirmed, path + "/")).isEqualTo("2024");
        assertThat(confirmed.header("ETag")).isEqualTo("\"1\"");
        problem(post(path, rating(2024, 4, 4, null)), 400, "STAR_DIFFERS_WITHOUT_REASON");
        problem(post(path, rating(2024, 4, 3, " ")), 400, "STAR_DIFFERS_WITHOUT_REASON");
        Response replaced = send(request(path, rating(2024, 4, 3, "获省级五小成果一等奖，上调一星"))
                .header("If-Match", "\"1\""));
        assertThat(created(replaced, path + "/")).isEqualTo("2024");
        assertThat(replaced.version()).isEqualTo(2);
        assertThat(eventsOf(studio)).isEqualTo(3);
    }

    @Test
    void invalidRequestsNameEveryFieldAndStoreNothing() {
        String studio = registerStudio();
        String path = "/studios/" + studio + "/star-ratings";
        Map<String, Object> rating = rating(2024, 3, 3, null);
        rating.remove("policyId");
        rating.put("policyVersion", 0);
        rating.put("confirmedBy", "");
        rating.remove("computedStars");
        Response invalid = post(path, rating);
        problem(invalid, 400, "VALIDATION_FAILED");
        assertThat(fields(invalid)).containsExactlyInAnyOrder("policyId", "policyVersion", "confirmedBy",
                "computedStars");
        problem(post(path, rating(2024, 6, 3, "评定委员会决定")), 400, "STARS_OUT_OF_RANGE");
        problem(post(path, rating(2024, 3, -1, "评定委员会决定")), 400, "STARS_OUT_OF_RANGE");
        Map<String, Object> typo = rating(2024, 3, 3, null);
        typo.put("star", 3);
        problem(post(path, typo), 400, "MALFORMED_REQUEST");
        assertThat(eventsOf(studio)).isEqualTo(1);
    }

    @Test
    void illegalConfirmationsAreProblemsNamingTheRuleAndStoreNothing() {
        String studio = registerStudio();
        String path = "/studios/" + studio + "/star-ratings";
        int nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;

        problem(post("/studios/no-such-studio/star-ratings", rating(2024, 3, 3, null)), 404, "NOT_FOUND");
        problem(post(path, rating(nextYear, 3, 3, null)), 409, "RATING_YEAR_NOT_BEGUN");
        Response stale = send(request(path, rating(2024, 3, 3, null)).header("If-Match", "\"5\""));
        problem(stale, 412, "VERSION_MISMATCH");
        assertThat(stale.json().get("currentVersion").asLong()).isZero();

        post("/studios/" + studio + "/suspension", map("reason", "年度考核不合格", "effectiveOn", "2025-01-10"));
        created(post(path, rating(2024, 1, 1, null)), path + "/");
        post("/studios/" + studio + "/revocation", map("reason", "连续两年未开展活动", "effectiveOn", "2025-06-30"));
        problem(post(path, rating(2023, 1, 1, null)), 409, "STUDIO_REVOKED");
        assertThat(eventsOf(studio)).isEqualTo(4);
    }

    @Test
    void retriedConfirmationIsRecordedOnce() {
        String studio = registerStudio();
        String path = "/studios/" + studio + "/star-ratings";

        Response first = send(request(path, rating(2024, 3, 3, null)).header("Idempotency-Key", "stars-" + studio));
        Response retry = send(request(path, rating(2024, 3, 3, null)).header("Idempotency-Key", "stars-" + studio));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventsOf(studio)).isEqualTo(2);
    }

    private static Map<String, Object> rating(int year, int stars, int computedStars, String reason) {
        Map<String, Object> rating = map("year", year, "stars", stars, "computedStars", computedStars,
                "policyId", "default", "policyVersion", 1, "confirmedBy", "吉安市总工会经济技术部");
        if (reason != null) {
            rating.put("reason", reason);
        }
        return rating;
    }

    private static String registerStudio() {
        Response response = post("/studios", map("name", "周建华劳模创新工作室", "kind", "MODEL_WORKER", "level", "COUNTY",
                "hostEnterprise", "明远精密机械有限公司", "regionCode", "360829", "namingUnion", "安福县总工会",
                "leader", map("name", "周建华", "honourTitle", "省级劳动模范"), "foundedOn", "2013-03-15"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static long eventsOf(String aggregateId) {
        return application.getBean(MongoEventStorageEngine.class).readEvents(aggregateId, 0).asStream().count();
    }

    private static Set<String> fields(Response response) {
        Set<String> fields = new HashSet<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    /** Asserts a 201 whose Location is under the given path and ends with the new entity's id; returns the id. */
    private static String created(Response response, String under) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String entityId = response.json().get("entityId").asString();
        assertThat(response.header("Location")).endsWith("/api" + under + entityId);
        return entityId;
    }

    private static Response problem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).as(response.toString()).isEqualTo(code);
        return response;
    }

    private static Response post(String path, Object body) {
        return send(request(path, body));
    }

    private static HttpRequest.Builder request(String path, Object body) {
        return HttpRequest.newBuilder(URI.create(api + path))
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                                                        HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
