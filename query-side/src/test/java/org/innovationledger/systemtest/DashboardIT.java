package org.innovationledger.systemtest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.innovationledger.systemtest.Http.map;

/**
 * Ratings, incubation and the dashboard over HTTP, with both applications running: a studio's work recorded through
 * the command API is rated under the default policy the command side issues at its first start, shows on the
 * enterprise's dashboard with drill-downs to its records, and an open dashboard hears of each change.
 */
class DashboardIT {

    private static final String ENTERPRISE = "驾驶舱测试矿业有限公司";
    private static LedgerProcesses ledger;

    @BeforeAll
    static void start() {
        ledger = SharedLedger.get();
    }

    @Test
    void workRecordedThroughCommandsIsRatedCountedAndDrilledDown() throws Exception {
        String studio = studio();
        String achievement = implementedAchievement(studio);
        Http.Response award = post("/api/achievements/" + achievement + "/awards", map(
                "level", "NATIONAL", "grade", "FIRST", "awardingBody", "全国总工会", "awardedOn", "2025-09-01"));
        assertThat(award.status()).as(award.toString()).isEqualTo(201);
        String awardId = award.json().get("entityId").asString();
        String station = post("/api/stations", map("name", "驾驶舱测试服务站", "region", "360829", "hostUnion", "安福县总工会",
                                                    "partners", List.of("县科协"), "registeredOn", "2024-01-01"))
                .json().get("id").asString();
        Http.Response admitted = post("/api/stations/" + station + "/incubations", map(
                "subject", map("kind", "ACHIEVEMENT", "id", achievement), "admittedOn", "2025-10-01"));
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);

        // the rating: national award 20 + first prize 3 + one acceptance 1 = 24 under the default policy: 1 star
        JsonNode rating = await().atMost(Duration.ofSeconds(10)).until(
                () -> Http.get(ledger.queryUrl() + "/api/studios/" + studio + "/ratings/2025"),
                response -> response.status() == 200 && line(response.json(), "award-national").get("count")
                        .asInt() == 1).json();
        assertThat(rating.get("policy").get("id").asString()).isEqualTo("default");
        assertThat(line(rating, "award-national").get("recordIds").get(0).asString())
                .isEqualTo(achievement + "/" + awardId);
        assertThat(line(rating, "award-first-grade").get("points").decimalValue()).isEqualByComparingTo("3");
        assertThat(line(rating, "achievements-accepted").get("count").asInt()).isEqualTo(1);
        assertThat(rating.get("rating").get("score").decimalValue()).isEqualByComparingTo("24");
        assertThat(rating.get("rating").get("stars").asInt()).isEqualTo(1);
        assertThat(rating.get("rating").get("gap").get("missingPoints").decimalValue()).isEqualByComparingTo("1");

        // union staff confirm two stars instead of one, with the reason; leadership sees both
        Http.Response refused = post("/api/studios/" + studio + "/star-ratings", map(
                "year", 2025, "stars", 2, "computedStars", 1, "policyId", "default", "policyVersion", 1,
                "confirmedBy", "市总工会"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("STAR_DIFFERS_WITHOUT_REASON");
        Http.Response confirmed = post("/api/studios/" + studio + "/star-ratings", map(
                "year", 2025, "stars", 2, "computedStars", 1, "policyId", "default", "policyVersion", 1,
                "reason", "获全国一等奖，破格认定", "confirmedBy", "市总工会"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);

        String dashboardUrl = ledger.queryUrl() + "/api/dashboard?enterprise=" + encode(ENTERPRISE) + "&year=2025";
        JsonNode dashboard = await().atMost(Duration.ofSeconds(10)).until(
                () -> Http.get(dashboardUrl).json(),
                body -> body.get("studios").get("byOfficialStars").get("2").get("count").asLong() == 1);
        assertThat(dashboard.get("studios").get("byStars").get("1").get("count").asLong()).isEqualTo(1);
        assertThat(dashboard.get("achievements").get("byCategory").get("SMALL_INNOVATION").get("count").asLong())
                .isEqualTo(1);
        assertThat(dashboard.get("incubation").get("achievementsByCategory").get("SMALL_INNOVATION").get("count")
                            .asLong()).isEqualTo(1);
        JsonNode records = Http.get(ledger.queryUrl() + dashboard.get("incubation").get("achievementsByCategory")
                                                                  .get("SMALL_INNOVATION").get("records").asString())
                               .json();
        assertThat(records.get("totalItems").asLong()).isEqualTo(1);
        assertThat(records.get("items").get(0).get("href").asString()).isEqualTo("/api/achievements/" + achievement);

        Http.Response badFigure = Http.get(ledger.queryUrl() + "/api/dashboard/records?figure=nothing");
        assertThat(badFigure.status()).isEqualTo(400);
        assertThat(Http.get(ledger.queryUrl() + "/api/studios/unknown/ratings/2025").status()).isEqualTo(404);
    }

    @Test
    void anOpenDashboardHearsOfEachChange() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> stream = client.send(
                HttpRequest.newBuilder(URI.create(ledger.queryUrl() + "/api/dashboard/changes"))
                           .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(),
                                                                                 StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        events.add(line);
                    }
                }
            } catch (Exception closed) {
                // the test is over
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(events.poll(10, TimeUnit.SECONDS)).as("the position on subscribing").isNotNull();
            events.clear();
            studio();
            assertThat(events.poll(10, TimeUnit.SECONDS)).as("an event after a command").contains("position");
        } finally {
            stream.body().close();
        }
    }

    private static String studio() {
        Map<String, Object> body = new HashMap<>(StudioFixtures.studio("驾驶舱测试工作室"));
        body.put("hostEnterprise", ENTERPRISE);
        Http.Response registered = post("/api/studios", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private static String implementedAchievement(String studioId) {
        Http.Response recorded = post("/api/achievements", map("studioId", studioId, "content", map(
                "title", "驾驶舱测试成果", "category", "SMALL_INNOVATION", "description", "说明", "problem", "问题",
                "measure", "措施", "effect", "效果", "achievedOn", "2025-02-20",
                "contributors", List.of(map("name", "王小明", "share", "100")))));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String id = recorded.json().get("id").asString();
        for (Map.Entry<String, Map<String, Object>> step : List.of(
                Map.entry("/submission", map("submittedOn", "2025-03-01")),
                Map.entry("/acceptance", map("reviewer", "县总工会经济技术部", "acceptedOn", "2025-03-05")),
                Map.entry("/implementation", map("site", "一号井", "implementedFrom", "2025-03-10")))) {
            Http.Response response = post("/api/achievements/" + id + step.getKey(), step.getValue());
            assertThat(response.status()).as(response.toString()).isIn(200, 201);
        }
        return id;
    }

    private static JsonNode line(JsonNode rating, String code) {
        for (JsonNode line : rating.get("rating").get("lines")) {
            if (line.get("code").asString().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("no line " + code + " in " + rating);
    }

    private static Http.Response post(String path, Object body) {
        return Http.post(ledger.commandUrl() + path, body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
