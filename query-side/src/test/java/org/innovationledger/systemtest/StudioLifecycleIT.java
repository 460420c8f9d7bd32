package org.innovationledger.systemtest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.systemtest.Http.map;
import static org.innovationledger.systemtest.StudioFixtures.grant;
import static org.innovationledger.systemtest.StudioFixtures.member;
import static org.innovationledger.systemtest.StudioFixtures.spending;
import static org.innovationledger.systemtest.StudioFixtures.statusChange;
import static org.innovationledger.systemtest.StudioFixtures.studio;

/** A studio's whole life, written on the command side and read on the query side. */
class StudioLifecycleIT {

    private static LedgerProcesses ledger;
    private static String commands;
    private static String reads;

    @BeforeAll
    static void start() {
        ledger = SharedLedger.get();
        commands = ledger.commandUrl() + "/api/studios";
        reads = ledger.queryUrl() + "/api/studios";
    }

    /** Sends a write, asserts it was accepted, and returns the version it reached. */
    private static long write(Http.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json().get("version").asLong();
    }

    private static JsonNode readAt(String studioId, long version) {
        Http.Response response = Http.get(reads + "/" + studioId + "?minVersion=" + version);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).contains("\"" + version + "\"");
        return response.json();
    }

    @Test
    void aRegisteredStudioIsReadableOnTheQuerySideWithinASecond() {
        Http.Response created = Http.post(commands, studio("一秒可见工作室"));
        String studioId = created.json().get("id").asString();
        Instant acknowledged = Instant.now();

        Http.Response read;
        do {
            read = Http.get(reads + "/" + studioId);
        } while (read.status() == 404 && Duration.between(acknowledged, Instant.now()).toMillis() < 1000);

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(Duration.between(acknowledged, Instant.now())).isLessThan(Duration.ofSeconds(1));
        assertThat(read.json().get("name").asString()).isEqualTo("一秒可见工作室");
    }

    @Test
    void aStudioLivesThroughEveryStepAndEndsRevoked() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Http.Response created = Http.post(commands, studio("生命周期工作室 " + tag, "360829", "COUNTY"));
        String studioId = created.json().get("id").asString();
        String api = commands + "/" + studioId;

        write(Http.post(api + "/members", member("GP-1", false)), 201);
        write(Http.post(api + "/members", member("GP-2", true)), 201);
        write(Http.post(api + "/members/GP-1/departure", map("leftOn", "2024-12-31", "reason", "调岗")), 200);
        write(Http.post(api + "/leader-changes", map("leader", map("name", "周卫国", "honourTitle", "省级技能大师"),
                                                     "changedOn", "2025-01-02", "reason", "原领衔人退休")), 200);
        write(Http.post(api + "/promotions", map("level", "MUNICIPAL", "namingUnion", "吉安市总工会",
                                                 "promotedOn", "2025-03-01")), 200);
        Http.Response granted = Http.post(api + "/grants", grant("50000.00"));
        write(granted, 201);
        String grantId = granted.json().get("entityId").asString();
        write(Http.post(api + "/grants/" + grantId + "/spendings", spending("12800.50")), 201);
        write(Http.post(api + "/grants/" + grantId + "/spendings", spending("0.10")), 201);
        Http.Response challenge = Http.post(api + "/challenges", map("title", "井下皮带机跑偏", "takenOn", "2025-03-05"));
        String challengeId = challenge.json().get("entityId").asString();
        write(Http.post(api + "/challenges/" + challengeId + "/solution",
                        map("outcome", "加装自动纠偏装置", "solvedOn", "2025-06-30")), 200);
        write(Http.post(api + "/suspension", statusChange("年度考核未达标")), 200);
        assertThat(Http.post(api + "/members", member("GP-3", false)).json().get("code").asString())
                .isEqualTo("STUDIO_SUSPENDED");
        write(Http.post(api + "/reinstatement", statusChange("整改完成")), 200);
        long profiled = write(Http.put(api + "/profile", map("name", "生命周期工作室 " + tag, "hostEnterprise",
                                                             "赣鄱矿业集团", "regionCode", "360829",
                                                             "description", "更新后的简介")), 200);

        JsonNode studio = readAt(studioId, profiled);
        assertThat(studio.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(studio.get("level").asString()).isEqualTo("MUNICIPAL");
        assertThat(studio.get("hostEnterprise").asString()).isEqualTo("赣鄱矿业集团");
        assertThat(studio.get("leader").get("name").asString()).isEqualTo("周卫国");
        assertThat(studio.get("memberCount").asInt()).isEqualTo(1);
        assertThat(studio.get("apprenticeCount").asInt()).isEqualTo(1);
        assertThat(studio.get("members")).hasSize(2);
        assertThat(studio.get("funding").get("granted").asString()).isEqualTo("50000.00");
        assertThat(studio.get("funding").get("spent").asString()).isEqualTo("12800.60");
        assertThat(studio.get("funding").get("balance").asString()).isEqualTo("37199.40");
        assertThat(studio.get("challengesSolved").asInt()).isEqualTo(1);
        assertThat(studio.get("promotions").get(0).get("previousLevel").asString()).isEqualTo("COUNTY");

        JsonNode listed = Http.get(reads + "?region=3608&level=MUNICIPAL&kind=MODEL_WORKER&status=ACTIVE&q=" + tag)
                              .json();
        assertThat(listed.get("totalItems").asInt()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("fundingBalance").asString()).isEqualTo("37199.40");
        assertThat(Http.get(reads + "?region=44&q=" + tag).json().get("totalItems").asInt()).isZero();

        long revoked = write(Http.post(api + "/revocation", statusChange("连续两年考核不合格")), 200);
        for (Http.Response refused : new Http.Response[]{
                Http.post(api + "/members", member("GP-9", false)),
                Http.post(api + "/grants", grant("1.00")),
                Http.post(api + "/reinstatement", statusChange("申请恢复")),
                Http.post(api + "/revocation", statusChange("再次摘牌"))}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().get("code").asString()).isEqualTo("STUDIO_REVOKED");
        }
        JsonNode after = readAt(studioId, revoked);
        assertThat(after.get("status").asString()).isEqualTo("REVOKED");
        assertThat(after.get("statusReason").asString()).isEqualTo("连续两年考核不合格");
        assertThat(after.get("version").asLong()).isEqualTo(revoked);
        assertThat(StoreProbe.eventsOf(ledger, studioId)).isEqualTo(revoked + 1);
    }

    @Test
    void aReadAskingForAVersionNotYetProjectedSaysItIsBehind() {
        String studioId = Http.post(commands, studio("版本等待工作室")).json().get("id").asString();

        Http.Response behind = Http.get(reads + "/" + studioId + "?minVersion=99&maxWait=200");

        assertThat(behind.status()).as(behind.toString()).isEqualTo(503);
        assertThat(behind.contentType()).startsWith("application/problem+json");
        assertThat(behind.json().get("code").asString()).isEqualTo("PROJECTION_BEHIND");
        assertThat(behind.header("Retry-After")).contains("1");
    }

    @Test
    void readsAnswerProblemsAndConditionalRequests() {
        String studioId = Http.post(commands, studio("读取错误工作室")).json().get("id").asString();
        readAt(studioId, 0);

        assertThat(Http.get(reads + "/" + studioId, "If-None-Match", "\"0\"").status()).isEqualTo(304);
        Http.Response unknown = Http.get(reads + "/no-such-studio");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("NOT_FOUND");
        Http.Response badRegion = Http.get(reads + "?region=99");
        assertThat(badRegion.status()).isEqualTo(400);
        assertThat(badRegion.json().get("errors").get(0).get("field").asString()).isEqualTo("region");
        assertThat(Http.get(reads + "?size=1000").status()).isEqualTo(400);
        assertThat(Http.get(reads + "?level=GALACTIC").status()).isEqualTo(400);
    }
}
