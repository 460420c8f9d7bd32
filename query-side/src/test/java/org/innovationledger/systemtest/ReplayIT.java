package org.innovationledger.systemtest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.systemtest.Http.map;
import static org.innovationledger.systemtest.StudioFixtures.grant;
import static org.innovationledger.systemtest.StudioFixtures.member;
import static org.innovationledger.systemtest.StudioFixtures.statusChange;
import static org.innovationledger.systemtest.StudioFixtures.studio;

/**
 * The read models are a function of the events: rebuilt from zero — even after a crash mid-way — they are equal.
 * Achievements are stored as events directly ({@link StoredAchievements}), under studios created over HTTP.
 */
class ReplayIT {

    @Test
    void viewsRebuiltFromZeroAfterACrashAreTheSame() {
        try (LedgerProcesses ledger = LedgerProcesses.inFreshFolder("replay")) {
            ledger.start();
            Map<String, Long> studios = new LinkedHashMap<>();
            String api = ledger.commandUrl() + "/api/studios";
            for (int i = 0; i < 6; i++) {
                String id = Http.post(api, studio("重放工作室 " + i, i % 2 == 0 ? "360829" : "360102",
                                                  i < 3 ? "COUNTY" : "ENTERPRISE")).json().get("id").asString();
                long version = 0;
                for (int m = 0; m < i; m++) {
                    version = Http.post(api + "/" + id + "/members", member("R-" + m, m % 2 == 1))
                                  .json().get("version").asLong();
                }
                version = Http.post(api + "/" + id + "/grants", grant(i + "000.10")).json().get("version").asLong();
                if (i == 5) {
                    version = Http.post(api + "/" + id + "/suspension", statusChange("整改")).json()
                                  .get("version").asLong();
                }
                studios.put(id, version);
            }
            String[] ids = studios.keySet().toArray(String[]::new);
            String allianceId = Http.post(ledger.commandUrl() + "/api/alliances",
                                          map("name", "重放联盟", "leadStudioId", ids[0], "foundedOn", "2025-01-01"))
                                    .json().get("id").asString();
            long allianceVersion = Http.post(ledger.commandUrl() + "/api/alliances/" + allianceId + "/members",
                                             map("studioId", ids[1], "joinedOn", "2025-01-02"))
                                       .json().get("version").asLong();
            Map<String, Long> achievements = new LinkedHashMap<>();
            achievements.put("replay-achievement-1", StoredAchievements.richAchievement(
                    ledger, "replay-achievement-1", ids[0]));
            achievements.put("replay-achievement-2", StoredAchievements.withdrawnAchievement(
                    ledger, "replay-achievement-2", ids[3]));
            awaitAllianceShownOn(ledger, ids[1]);
            achievements.keySet().forEach(id -> awaitStudioShownOn(ledger, id));
            awaitLedgerHasSeen(ledger, "replay-achievement-2", "WITHDRAWN");
            Map<String, JsonNode> before = readAll(ledger, studios, allianceId, allianceVersion, achievements);

            ledger.stop();
            ledger.startCommandSide();
            dropReadModelsAndTokens(ledger);
            ledger.startQuerySide();
            ledger.killQuerySide();
            ledger.startQuerySide();

            awaitAllianceShownOn(ledger, ids[1]);
            achievements.keySet().forEach(id -> awaitStudioShownOn(ledger, id));
            awaitLedgerHasSeen(ledger, "replay-achievement-2", "WITHDRAWN");
            assertThat(readAll(ledger, studios, allianceId, allianceVersion, achievements)).isEqualTo(before);
        }
    }

    private static Map<String, JsonNode> readAll(LedgerProcesses ledger, Map<String, Long> studios,
                                                 String allianceId, long allianceVersion,
                                                 Map<String, Long> achievements) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        studios.forEach((id, version) -> views.put(id, read(ledger.queryUrl() + "/api/studios/" + id, version)));
        views.put(allianceId, read(ledger.queryUrl() + "/api/alliances/" + allianceId, allianceVersion));
        achievements.forEach((id, version) -> {
            views.put(id, read(ledger.queryUrl() + "/api/achievements/" + id, version));
            views.put(id + "/history", read(ledger.queryUrl() + "/api/achievements/" + id + "/history", version));
        });
        views.put("list", Http.get(ledger.queryUrl() + "/api/studios?q=重放工作室&sort=name,asc").json());
        // the in-memory ledger, rebuilt from the events at every start of the query side (ADR 0007)
        views.put("achievements", Http.get(ledger.queryUrl() + "/api/achievements?sort=title").json());
        views.put("savings by period", Http.get(ledger.queryUrl() + "/api/savings?groupBy=period").json());
        views.put("savings by studio", Http.get(ledger.queryUrl() + "/api/savings?groupBy=studio").json());
        views.put("top studios", Http.get(ledger.queryUrl() + "/api/savings/top-studios").json());
        // ratings and dashboard counts are computed from the same ledger (ADR 0009)
        studios.keySet().forEach(id -> views.put(id + "/ratings/2025",
                                                 Http.get(ledger.queryUrl() + "/api/studios/" + id + "/ratings/2025")
                                                     .json()));
        JsonNode dashboard = Http.get(ledger.queryUrl() + "/api/dashboard?fromYear=2024&toYear=2025&on=2026-11-29")
                                 .json();
        ((ObjectNode) dashboard).remove("ledgerPosition");
        views.put("dashboard", dashboard);
        return views;
    }

    /** A studio's alliances come from the alliance's events, projected independently of the studio's own. */
    private static void awaitAllianceShownOn(LedgerProcesses ledger, String studioId) {
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonNode studio = Http.get(ledger.queryUrl() + "/api/studios/" + studioId).json();
            if (studio.path("alliances").size() == 1) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("Studio " + studioId + " never showed its alliance");
    }

    /**
     * The in-memory ledger reads the stream on its own, a moment behind the persisted views: it has seen everything
     * stored before once it shows the last achievement stored in its last state (it applies events in stream order).
     */
    private static void awaitLedgerHasSeen(LedgerProcesses ledger, String achievementId, String status) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Http.Response response = Http.get(ledger.queryUrl() + "/api/achievements?size=100");
            if (response.status() == 200) {
                for (JsonNode item : response.json().path("items")) {
                    if (item.path("id").asString().equals(achievementId)
                            && item.path("status").asString().equals(status)) {
                        return;
                    }
                }
            }
            sleep(50);
        }
        throw new AssertionError("The in-memory ledger never showed " + achievementId + " as " + status);
    }

    /** An achievement's studio comes from the studio's events, projected independently of the achievement's own. */
    private static void awaitStudioShownOn(LedgerProcesses ledger, String achievementId) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Http.Response response = Http.get(ledger.queryUrl() + "/api/achievements/" + achievementId);
            if (response.status() == 200 && !response.json().path("studio").path("name").isNull()
                    && !response.json().path("studio").path("name").isMissingNode()) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("Achievement " + achievementId + " never showed its studio's name");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode read(String url, long version) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Http.Response response = Http.get(url + "?minVersion=" + version);
            if (response.status() == 200) {
                return response.json();
            }
            assertThat(response.status()).as(response.toString()).isEqualTo(503);
        }
        throw new AssertionError("The read model never reached version " + version + " of " + url);
    }

    private static void dropReadModelsAndTokens(LedgerProcesses ledger) {
        try (MongoClient client = MongoClients.create(ledger.storeUri())) {
            MongoDatabase database = client.getDatabase("ledger");
            for (String collection : database.listCollectionNames()) {
                if (!collection.startsWith("event_")) {
                    database.getCollection(collection).drop();
                }
            }
        }
    }
}
