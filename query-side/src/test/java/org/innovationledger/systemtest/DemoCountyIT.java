package org.innovationledger.systemtest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./ledger start --demo}: the command side loads the demo county through its own API, the query side shows
 * what the loader promised, and a second start on the same data adds nothing.
 */
class DemoCountyIT {

    private static final Duration LOADING = Duration.ofMinutes(4);
    private static LedgerProcesses ledger;

    @BeforeAll
    static void start() {
        ledger = LedgerProcesses.inFreshFolder("demo")
                                .withCommandSideOptions("--ledger.demo.enabled=true",
                                                        "--logging.level.org.innovationledger.command.demo=INFO")
                                .start();
    }

    @AfterAll
    static void stop() {
        if (ledger != null) {
            ledger.stop();
        }
    }

    @Test
    void loadsTheDemoCountyOnceAndShowsItOnTheQuerySide() {
        assertThat(demoStateOnceSettled()).isEqualTo("LOADED");
        awaitQuerySideHas(70, 420, 160);

        assertThat(total("/api/studios?level=NATIONAL")).isEqualTo(1);
        assertThat(total("/api/studios?level=MUNICIPAL")).isEqualTo(11);
        assertThat(total("/api/studios?level=COUNTY")).isEqualTo(24);
        assertThat(total("/api/studios?level=ENTERPRISE")).isEqualTo(34);
        assertThat(total("/api/studios?status=SUSPENDED")).isEqualTo(1);
        assertThat(total("/api/studios?status=REVOKED")).isEqualTo(1);
        assertThat(Http.get(ledger.queryUrl() + "/api/alliances").json().toString()).contains("青岚县劳模创新工作室联盟");

        Map<String, Integer> categories = Map.of("SMALL_INNOVATION", 126, "SMALL_SUGGESTION", 105,
                                                 "SMALL_INVENTION", 63, "SMALL_DESIGN", 63, "SMALL_CREATION", 63);
        categories.forEach((category, count) -> assertThat(total("/api/achievements?category=" + category))
                .as(category).isEqualTo(count.longValue()));
        Map<String, Integer> statuses = Map.of("DRAFT", 10, "SUBMITTED", 12, "RETURNED", 9, "REJECTED", 10,
                                               "WITHDRAWN", 5, "ACCEPTED", 32, "IMPLEMENTED", 218,
                                               "RECOMMENDED", 72, "ADOPTED", 52);
        statuses.forEach((status, count) -> assertThat(total("/api/achievements?status=" + status))
                .as(status).isEqualTo(count.longValue()));

        JsonNode county = Http.get(ledger.queryUrl() + "/api/savings?region=360829").json();
        assertThat(new BigDecimal(county.get("verified").asString())).isGreaterThan(new BigDecimal("1000000"));
        assertThat(new BigDecimal(county.get("pending").asString())).isPositive();

        JsonNode counts = Http.get(ledger.queryUrl() + "/api/patents/counts?groupBy=type,status").json();
        Map<String, Long> byType = new HashMap<>();
        Map<String, Long> byStatus = new HashMap<>();
        counts.get("groups").forEach(group -> {
            byType.merge(group.get("type").asString(), group.get("count").asLong(), Long::sum);
            byStatus.merge(group.get("status").asString(), group.get("count").asLong(), Long::sum);
        });
        assertThat(byType).containsEntry("INVENTION", 94L).containsEntry("UTILITY_MODEL", 46L)
                          .containsEntry("DESIGN", 20L);
        assertThat(byStatus).containsOnlyKeys("FILED", "CORRECTION_REQUESTED", "FORMALLY_EXAMINED", "PUBLISHED",
                                              "UNDER_SUBSTANTIVE_EXAMINATION", "REJECTED", "UNDER_REEXAMINATION",
                                              "GRANTED", "LAPSED", "WITHDRAWN", "DEEMED_WITHDRAWN",
                                              "FINALLY_REJECTED", "INVALIDATED", "EXPIRED");
        JsonNode deadlines = Http.get(ledger.queryUrl() + "/api/patents/deadlines?region=360829").json();
        assertThat(deadlines.get("total").asInt()).isGreaterThan(20);

        // a second start with --demo on the same data writes nothing
        long commits = commitsInStore();
        ledger.stop();
        ledger.start();
        assertThat(demoStateOnceSettled()).isEqualTo("ALREADY_LOADED");
        awaitQuerySideHas(70, 420, 160);
        assertThat(commitsInStore()).isEqualTo(commits);
    }

    private static String demoStateOnceSettled() {
        return await().atMost(LOADING).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode demo = Http.get(ledger.commandUrl() + "/actuator/health").json().path("components").path("demo");
            String state = demo.path("details").path("state").asString();
            assertThat(state).as(demo.toString()).isNotEqualTo("FAILED");
            return state;
        }, state -> state.equals("LOADED") || state.equals("ALREADY_LOADED"));
    }

    private static void awaitQuerySideHas(int studios, int achievements, int patents) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
               .untilAsserted(() -> {
                   assertThat(total("/api/studios")).isEqualTo(studios);
                   assertThat(total("/api/achievements")).isEqualTo(achievements);
                   assertThat(Http.get(ledger.queryUrl() + "/api/patents/counts?groupBy=type").json()
                                  .get("total").asLong()).isEqualTo(patents);
               });
    }

    private static long total(String path) {
        Http.Response response = Http.get(ledger.queryUrl() + path + (path.contains("?") ? "&" : "?") + "size=1");
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return response.json().get("totalItems").asLong();
    }

    private static long commitsInStore() {
        return StoreProbe.commits(ledger);
    }
}
