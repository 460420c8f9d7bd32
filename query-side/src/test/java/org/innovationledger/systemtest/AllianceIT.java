package org.innovationledger.systemtest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.innovationledger.systemtest.Http.map;
import static org.innovationledger.systemtest.StudioFixtures.statusChange;
import static org.innovationledger.systemtest.StudioFixtures.studio;

/** Alliances (创新工作室联盟) over HTTP: founded by a studio, joined and left by others. */
class AllianceIT {

    private static LedgerProcesses ledger;

    @BeforeAll
    static void start() {
        ledger = SharedLedger.get();
    }

    private static String registerStudio(String name) {
        return Http.post(ledger.commandUrl() + "/api/studios", studio(name)).json().get("id").asString();
    }

    @Test
    void studiosFoundJoinAndLeaveAnAlliance() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String lead = registerStudio("牵头工作室 " + tag);
        String member = registerStudio("成员工作室 " + tag);
        String revoked = registerStudio("摘牌工作室 " + tag);
        Http.post(ledger.commandUrl() + "/api/studios/" + revoked + "/revocation", statusChange("摘牌"));
        String api = ledger.commandUrl() + "/api/alliances";

        Http.Response founded = Http.post(api, map("name", "矿业联盟 " + tag, "leadStudioId", lead,
                                                   "foundedOn", "2025-01-01"));
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
        String allianceId = founded.json().get("id").asString();
        Http.Response joined = Http.post(api + "/" + allianceId + "/members",
                                         map("studioId", member, "joinedOn", "2025-02-01"));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);

        assertThat(Http.post(api + "/" + allianceId + "/members", map("studioId", revoked, "joinedOn", "2025-02-01"))
                       .json().get("code").asString()).isEqualTo("STUDIO_REVOKED");
        assertThat(Http.post(api + "/" + allianceId + "/members", map("studioId", member, "joinedOn", "2025-02-02"))
                       .json().get("code").asString()).isEqualTo("STUDIO_ALREADY_IN_ALLIANCE");
        assertThat(Http.post(api + "/" + allianceId + "/members/" + lead + "/departure", map("leftOn", "2025-03-01"))
                       .json().get("code").asString()).isEqualTo("LEAD_STUDIO_CANNOT_LEAVE");
        assertThat(Http.post(api + "/" + allianceId + "/members", map("studioId", "no-such-studio",
                                                                      "joinedOn", "2025-02-01")).status())
                .isEqualTo(404);
        assertThat(Http.post(api + "/no-such-alliance/members", map("studioId", member, "joinedOn", "2025-02-01"))
                       .status()).isEqualTo(404);

        long version = joined.json().get("version").asLong();
        JsonNode alliance = Http.get(ledger.queryUrl() + "/api/alliances/" + allianceId + "?minVersion=" + version)
                                .json();
        assertThat(alliance.get("memberCount").asInt()).isEqualTo(2);
        assertThat(alliance.get("leadStudio").get("name").asString()).isEqualTo("牵头工作室 " + tag);
        // a studio's alliances are projected from the alliance's events, independently of the alliance view
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonNode byAlliance = Http.get(ledger.queryUrl() + "/api/studios?alliance=" + allianceId).json();
            assertThat(byAlliance.get("totalItems").asInt()).isEqualTo(2);
            JsonNode memberStudio = Http.get(ledger.queryUrl() + "/api/studios/" + member).json();
            assertThat(memberStudio.get("alliances").get(0).get("name").asString()).isEqualTo("矿业联盟 " + tag);
        });

        Http.Response left = Http.post(api + "/" + allianceId + "/members/" + member + "/departure",
                                       map("leftOn", "2025-06-01", "reason", "业务调整"));
        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        JsonNode after = Http.get(ledger.queryUrl() + "/api/alliances/" + allianceId + "?minVersion="
                                          + left.json().get("version").asLong()).json();
        assertThat(after.get("memberCount").asInt()).isEqualTo(1);
        assertThat(after.get("formerMembers").get(0).get("studioId").asString()).isEqualTo(member);
    }
}
