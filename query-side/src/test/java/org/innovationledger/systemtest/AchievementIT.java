package org.innovationledger.systemtest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.innovationledger.systemtest.Http.map;

/**
 * "五小" achievements and the savings ledger across both applications: every step written on the command side,
 * the totals read on the query side after each claim, correction, verification, rejection and adjusting entry, and
 * the refusals that leave them unchanged. Each test works in a region and an enterprise of its own, so the shared
 * applications' other records never enter its totals.
 */
class AchievementIT {

    private static LedgerProcesses ledger;
    private static String commands;

    @BeforeAll
    static void start() {
        ledger = SharedLedger.get();
        commands = ledger.commandUrl() + "/api/achievements";
    }

    @Test
    void totalsFollowClaimsCorrectionsVerificationsRejectionsAndAdjustments() {
        String enterprise = "拉萨效益测试企业" + System.nanoTime();
        String studioA = studio("拉萨节能创新工作室", "540102", "COUNTY", enterprise);
        String studioB = studio("堆龙技能大师工作室", "540122", "MUNICIPAL", enterprise);
        String belt = implemented(studioA, "皮带机自动纠偏装置", "SMALL_INNOVATION");
        String drive = implemented(studioB, "主扇变频改造", "SMALL_INNOVATION");

        String q1 = claim(belt, "2025-Q1", "10000.10", "2025-04-05");
        expectTotals(enterprise, "10000.10", "0.00", "10000.10", 1);
        send(put(belt, "/savings-claims/" + q1, map("amount", "9000.10", "method", "按实际停机时间重算",
                                                    "correctedOn", "2025-04-08", "reason", "剔除节假日")));
        expectTotals(enterprise, "9000.10", "0.00", "9000.10", 1);
        step(belt, "/savings-claims/" + q1 + "/verification", map("verifiedAmount", "8000.10",
                                                                  "verifiedBy", "县总工会财务部",
                                                                  "verifiedOn", "2025-04-20"));
        expectTotals(enterprise, "9000.10", "8000.10", "0.00", 1);
        step(belt, "/savings-claims/" + q1 + "/adjustments", map("amount", "-500.05", "adjustedBy", "审计部",
                                                                 "adjustedOn", "2025-12-01",
                                                                 "reason", "审计发现重复计入的维修费"));
        claim(belt, "2025-Q2", "200.20", "2025-07-02");
        String year = claim(drive, "2025", "50000.00", "2025-12-31");
        step(drive, "/savings-claims/" + year + "/verification", map("verifiedAmount", "45000.00",
                                                                     "verifiedBy", "市总工会财务部",
                                                                     "verifiedOn", "2026-01-10"));
        String next = claim(drive, "2026-Q1", "1000.00", "2026-04-02");
        step(drive, "/savings-claims/" + next + "/rejection", map("rejectedBy", "市总工会财务部",
                                                                  "rejectedOn", "2026-04-10", "reason", "缺少财务凭证"));

        // claimed 9000.10 + 200.20 + 50000.00; verified 8000.10 − 500.05 + 45000.00; the rejected claim nowhere
        JsonNode totals = expectTotals(enterprise, "59200.30", "52500.05", "200.20", 4);
        assertThat(totals.get("claims").asLong()).isEqualTo(4);
        assertThat(totals.get("achievements").asLong()).isEqualTo(2);

        JsonNode byPeriod = savings("enterprise=" + encode(enterprise) + "&year=2025&groupBy=period");
        assertThat(groups(byPeriod)).containsExactly("2025 45000.00/50000.00", "2025-Q1 7500.05/9000.10",
                                                     "2025-Q2 0.00/200.20");
        assertThat(groups(savings("region=54&groupBy=region"))).containsExactly("5401 52500.05/59200.30");
        assertThat(groups(savings("region=5401&groupBy=region"))).containsExactly(
                "540102 7500.05/9200.30", "540122 45000.00/50000.00");
        assertThat(groups(savings("enterprise=" + encode(enterprise) + "&groupBy=studio"))).containsExactly(
                studioB + " 45000.00/50000.00", studioA + " 7500.05/9200.30");
        assertThat(groups(savings("region=5401&groupBy=level"))).containsExactly(
                "COUNTY 7500.05/9200.30", "MUNICIPAL 45000.00/50000.00");
        JsonNode top = Http.get(ledger.queryUrl() + "/api/savings/top-studios?region=5401&year=2025").json();
        assertThat(top.get(0).get("studio").get("name").asString()).isEqualTo("堆龙技能大师工作室");
        assertThat(top.get(1).get("verified").asString()).isEqualTo("7500.05");

        // the list and each detail show the same amounts as the roll-up
        JsonNode list = Http.get(ledger.queryUrl() + "/api/achievements?enterprise=" + encode(enterprise)
                                         + "&sort=verifiedSavings,desc").json();
        assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(drive);
        assertThat(list.get("items").get(1).get("verifiedSavings").asString()).isEqualTo("7500.05");
        JsonNode detail = Http.get(ledger.queryUrl() + "/api/achievements/" + belt + "?minVersion=8").json();
        assertThat(detail.get("savings").get("verified").asString()).isEqualTo("7500.05");
        assertThat(detail.get("savings").get("claimed").asString()).isEqualTo("9200.30");
    }

    @Test
    void refusedStepsAnswerProblemDetailsAndLeaveTheTotalsAlone() {
        String enterprise = "西宁效益测试企业" + System.nanoTime();
        String studio = studio("西宁职工创新工作室", "630102", "COUNTY", enterprise);
        String achievement = implemented(studio, "泵站密封改进", "SMALL_CREATION");
        String claim = claim(achievement, "2025", "3000.00", "2025-12-31");
        step(achievement, "/savings-claims/" + claim + "/verification", map("verifiedAmount", "3000.00",
                                                                            "verifiedBy", "财务部",
                                                                            "verifiedOn", "2026-01-05"));
        expectTotals(enterprise, "3000.00", "3000.00", "0.00", 1);

        Http.Response locked = put(achievement, "/savings-claims/" + claim, map(
                "amount", "100.00", "method", "重算", "correctedOn", "2026-01-06", "reason", "改口径"));
        assertProblem(locked, 409, "SAVINGS_CLAIM_VERIFIED");
        assertProblem(post(achievement, "/savings-claims/" + claim + "/adjustments", map(
                "amount", "-3000.01", "adjustedBy", "审计部", "adjustedOn", "2026-02-01", "reason", "核减")),
                      409, "ADJUSTMENT_BELOW_ZERO");
        assertProblem(post(achievement, "/savings-claims", map(
                "period", "2025-Q4", "amount", "10.00", "method", "测算", "claimedOn", "2026-01-02")),
                      409, "SAVINGS_PERIOD_OVERLAPS");
        Http.Response invalid = post(achievement, "/savings-claims", map(
                "period", "2025-Q5", "amount", "10.001", "method", "测算", "claimedOn", "2026-01-02"));
        assertProblem(invalid, 400, "VALIDATION_FAILED");
        assertThat(invalid.json().get("errors").toString()).contains("period", "amount");
        assertProblem(post(achievement, "/withdrawal", map("withdrawnOn", "2026-01-07")), 409,
                      "ACHIEVEMENT_ALREADY_ACCEPTED");
        assertProblem(post("no-such-achievement", "/submission", map("submittedOn", "2026-01-07")), 404,
                      "NOT_FOUND");
        assertProblem(post(achievement, "/savings-claims", map("period", "2026", "amount", "10.00",
                                                               "method", "测算", "claimedOn", "2026-01-02"),
                           "If-Match", "\"2\""), 412, "VERSION_MISMATCH");

        // every refusal left the ledger as it was
        step(achievement, "/awards", map("level", "COUNTY", "grade", "SECOND", "awardingBody", "城东区总工会",
                                         "awardedOn", "2026-01-10"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                Http.get(ledger.queryUrl() + "/api/achievements?awardLevel=COUNTY&enterprise=" + encode(enterprise))
                    .json().get("totalItems").asLong()).isEqualTo(1));
        expectTotals(enterprise, "3000.00", "3000.00", "0.00", 1);
    }

    @Test
    void theReviewPathsShowInTheListByStatus() {
        String enterprise = "格尔木测试企业" + System.nanoTime();
        String studio = studio("格尔木创新工作室", "632801", "ENTERPRISE", enterprise);
        String returned = recorded(studio, "巡检表格简化建议", "SMALL_SUGGESTION");
        step(returned, "/submission", map("submittedOn", "2025-03-01"));
        step(returned, "/return", map("reviewer", "县总工会", "returnedOn", "2025-03-05", "reason", "请补充效果"));
        String revised = recorded(studio, "工具柜设计", "SMALL_DESIGN");
        send(put(revised, "/content", content(studio, "工具柜改进设计", "SMALL_DESIGN").get("content")));
        String withdrawn = recorded(studio, "照明改造", "SMALL_INNOVATION");
        step(withdrawn, "/withdrawal", map("withdrawnOn", "2025-03-02", "reason", "合并申报"));
        String rejected = recorded(studio, "通风建议", "SMALL_SUGGESTION");
        step(rejected, "/submission", map("submittedOn", "2025-03-01"));
        step(rejected, "/rejection", map("reviewer", "县总工会", "rejectedOn", "2025-03-06", "reason", "重复"));
        String adopted = implemented(studio, "阀门检测工装", "SMALL_INVENTION");
        step(adopted, "/recommendations", map("level", "MUNICIPAL", "recommendedTo", "海西州总工会",
                                              "recommendedOn", "2025-05-01"));
        step(adopted, "/adoptions", map("adopter", "兄弟矿业", "adoptedOn", "2025-06-01"));

        String scope = "/api/achievements?enterprise=" + encode(enterprise) + "&status=";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(ids(scope + "RETURNED")).containsExactly(returned);
            assertThat(ids(scope + "DRAFT")).containsExactly(revised);
            assertThat(ids(scope + "WITHDRAWN")).containsExactly(withdrawn);
            assertThat(ids(scope + "REJECTED")).containsExactly(rejected);
            assertThat(ids(scope + "ADOPTED")).containsExactly(adopted);
        });
        assertThat(ids("/api/achievements?q=" + encode("工具柜改进") + "&enterprise=" + encode(enterprise)))
                .containsExactly(revised);
        assertProblem(Http.get(ledger.queryUrl() + "/api/achievements?status=LOST"), 400, "VALIDATION_FAILED");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static String studio(String name, String regionCode, String level, String enterprise) {
        Map<String, Object> body = new HashMap<>(StudioFixtures.studio(name, regionCode, level));
        body.put("hostEnterprise", enterprise);
        Http.Response registered = Http.post(ledger.commandUrl() + "/api/studios", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private static Map<String, Object> content(String studioId, String title, String category) {
        return map("studioId", studioId, "content", map(
                "title", title, "category", category, "description", "说明", "problem", "问题", "measure", "措施",
                "effect", "效果", "achievedOn", "2025-02-20",
                "contributors", List.of(map("name", "王小明", "memberId", "GP-1024", "share", "60"),
                                        map("name", "赵丽", "share", "40"))));
    }

    private static String recorded(String studioId, String title, String category) {
        Http.Response recorded = Http.post(commands, content(studioId, title, category));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json().get("id").asString();
    }

    /** Recorded, submitted, accepted on 2025-03-05 and implemented from 2025-03-10. */
    private static String implemented(String studioId, String title, String category) {
        String id = recorded(studioId, title, category);
        step(id, "/submission", map("submittedOn", "2025-03-01"));
        step(id, "/acceptance", map("reviewer", "县总工会经济技术部", "acceptedOn", "2025-03-05"));
        step(id, "/implementation", map("site", "一号井", "implementedFrom", "2025-03-10"));
        return id;
    }

    private static String claim(String achievementId, String period, String amount, String claimedOn) {
        Http.Response claimed = post(achievementId, "/savings-claims", map(
                "period", period, "amount", amount, "method", "停机损失对比", "evidenceRef", "财务凭证",
                "claimedOn", claimedOn));
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(201);
        return claimed.json().get("entityId").asString();
    }

    private static void step(String achievementId, String path, Map<String, Object> body) {
        send(post(achievementId, path, body));
    }

    private static void send(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    private static Http.Response post(String achievementId, String path, Object body, String... headers) {
        return Http.post(commands + "/" + achievementId + path, body, headers);
    }

    private static Http.Response put(String achievementId, String path, Object body) {
        return Http.put(commands + "/" + achievementId + path, body);
    }

    private static JsonNode savings(String query) {
        Http.Response response = Http.get(ledger.queryUrl() + "/api/savings?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /**
     * Waits for the query side to show these totals of that many claims for the enterprise, and answers them (the
     * count tells apart equal totals before a claim is projected and after it is rejected).
     */
    private static JsonNode expectTotals(String enterprise, String claimed, String verified, String pending,
                                         long claims) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode totals = savings("enterprise=" + encode(enterprise));
            last.set(totals);
            assertThat(totals.get("claimed").asString() + "/" + totals.get("verified").asString() + "/"
                               + totals.get("pending").asString() + " in " + totals.get("claims").asLong())
                    .isEqualTo(claimed + "/" + verified + "/" + pending + " in " + claims);
        });
        return last.get();
    }

    private static List<String> groups(JsonNode totals) {
        List<String> groups = new ArrayList<>();
        totals.get("groups").forEach(group -> groups.add(group.get("key").asString() + " "
                + group.get("verified").asString() + "/" + group.get("claimed").asString()));
        return groups;
    }

    private static List<String> ids(String path) {
        List<String> ids = new ArrayList<>();
        Http.get(ledger.queryUrl() + path).json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
