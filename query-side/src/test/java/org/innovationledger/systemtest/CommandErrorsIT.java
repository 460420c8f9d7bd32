package org.innovationledger.systemtest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.systemtest.Http.map;
import static org.innovationledger.systemtest.StudioFixtures.grant;
import static org.innovationledger.systemtest.StudioFixtures.member;
import static org.innovationledger.systemtest.StudioFixtures.statusChange;
import static org.innovationledger.systemtest.StudioFixtures.studio;

/**
 * Every way a client can get a write wrong answers with problem details naming the field or rule, never a 500, and
 * stores nothing.
 */
class CommandErrorsIT {

    private static LedgerProcesses ledger;
    private static String api;

    @BeforeAll
    static void start() {
        ledger = SharedLedger.get();
        api = ledger.commandUrl() + "/api/studios";
    }

    private static String registerStudio() {
        Http.Response created = Http.post(api, studio("错误处理测试工作室"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.raw().body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void malformedJsonIsRejected() {
        assertProblem(Http.post(api, "{\"name\": "), 400, "MALFORMED_REQUEST");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        Http.Response response = Http.post(api, map("name", "x", "kind", "GIANT"));
        assertProblem(response, 400, "MALFORMED_REQUEST");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");

        String studioId = registerStudio();
        Http.Response amount = Http.post(api + "/" + studioId + "/grants",
                                         map("amount", "lots", "grantor", "a", "purpose", "b", "grantedOn", "2024-06-01"));
        assertProblem(amount, 400, "MALFORMED_REQUEST");
        assertThat(amount.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");

        Http.Response date = Http.post(api + "/" + studioId + "/grants",
                                       map("amount", "1", "grantor", "a", "purpose", "b", "grantedOn", "2024-13-01"));
        assertProblem(date, 400, "MALFORMED_REQUEST");
        assertThat(date.json().get("errors").get(0).get("field").asString()).isEqualTo("grantedOn");
    }

    @Test
    void everyInvalidFieldIsListedAtOnce() {
        var body = studio("");
        body.put("regionCode", "990000");
        body.put("leader", map("name", "", "honourTitle", "全国劳动模范"));
        body.remove("foundedOn");

        Http.Response response = Http.post(api, body);

        assertProblem(response, 400, "VALIDATION_FAILED");
        Set<String> fields = new java.util.HashSet<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("name", "regionCode", "leader.name", "foundedOn");
    }

    @Test
    void anUnknownFieldIsRejected() {
        var body = studio("拼写错误工作室");
        body.put("hostEnterprize", "typo");
        Http.Response response = Http.post(api, body);
        assertProblem(response, 400, "MALFORMED_REQUEST");
        assertThat(response.json().get("detail").asString()).contains("hostEnterprize");
    }

    @Test
    void anUnknownStudioIsNotFound() {
        assertProblem(Http.post(api + "/no-such-studio/grants", grant("100")), 404, "NOT_FOUND");
    }

    @Test
    void anIllegalTransitionNamesTheRule() {
        String studioId = registerStudio();
        Http.Response response = Http.post(api + "/" + studioId + "/reinstatement", statusChange("无需恢复"));
        assertProblem(response, 409, "STUDIO_NOT_SUSPENDED");
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(StoreProbe.eventsOf(ledger, studioId)).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefused() {
        String studioId = registerStudio();
        Http.Response first = Http.post(api + "/" + studioId + "/grants", grant("100"), "If-Match", "\"0\"");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("ETag")).contains("\"1\"");

        Http.Response stale = Http.post(api + "/" + studioId + "/grants", grant("200"), "If-Match", "\"0\"");

        assertProblem(stale, 412, "VERSION_MISMATCH");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(StoreProbe.eventsOf(ledger, studioId)).isEqualTo(2);
        assertProblem(Http.post(api + "/" + studioId + "/grants", grant("200"), "If-Match", "yesterday"),
                      400, "VALIDATION_FAILED");
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        var body = studio("超长描述工作室");
        body.put("description", "长".repeat(200_000));
        assertProblem(Http.post(api, body), 413, "PAYLOAD_TOO_LARGE");

        byte[] bytes = Http.json(body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest.Builder chunked = Http.request(api).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)));
        assertProblem(Http.send(chunked), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsAppliedOnce() {
        String studioId = registerStudio();
        String url = api + "/" + studioId + "/grants";
        Http.Response first = Http.post(url, grant("5000.00"), "Idempotency-Key", "grant-" + studioId);
        Http.Response retry = Http.post(url, grant("5000.00"), "Idempotency-Key", "grant-" + studioId);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(StoreProbe.eventsOf(ledger, studioId)).isEqualTo(2);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyAreAppliedOnce() {
        String studioId = registerStudio();
        String url = api + "/" + studioId + "/grants";
        List<CompletableFuture<Http.Response>> retries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            retries.add(CompletableFuture.supplyAsync(
                    () -> Http.post(url, grant("800.00"), "Idempotency-Key", "burst-" + studioId)));
        }
        List<Http.Response> responses = retries.stream().map(CompletableFuture::join).toList();

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(responses.stream().map(r -> r.json().get("entityId").asString()).collect(Collectors.toSet()))
                .hasSize(1);
        assertThat(StoreProbe.eventsOf(ledger, studioId)).isEqualTo(2);
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
        String studioId = registerStudio();
        String url = api + "/" + studioId + "/grants";
        Http.post(url, grant("100.00"), "Idempotency-Key", "reuse-" + studioId);
        assertProblem(Http.post(url, grant("999.00"), "Idempotency-Key", "reuse-" + studioId),
                      422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(StoreProbe.eventsOf(ledger, studioId)).isEqualTo(2);
    }

    @Test
    void concurrentChangesWithoutIfMatchAreAllApplied() {
        String studioId = registerStudio();
        List<CompletableFuture<Http.Response>> joins = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String memberId = "M-" + i;
            joins.add(CompletableFuture.supplyAsync(
                    () -> Http.post(api + "/" + studioId + "/members", member(memberId, false))));
        }
        List<Http.Response> responses = joins.stream().map(CompletableFuture::join).toList();

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(responses.stream().map(r -> r.json().get("version").asLong()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(StoreProbe.eventsOf(ledger, studioId)).isEqualTo(9);
    }

    @Test
    void protocolMistakesAnswerWithProblems() {
        assertProblem(Http.send(Http.request(api).header("Content-Type", "text/plain")
                                         .POST(HttpRequest.BodyPublishers.ofString("hello"))),
                      415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(Http.send(Http.request(api).DELETE()), 405, "METHOD_NOT_ALLOWED");
        assertProblem(Http.post(ledger.commandUrl() + "/api/nothing-here", map()), 404, "NOT_FOUND");
    }
}
