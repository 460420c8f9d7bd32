package org.innovationledger.systemtest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.systemtest.StudioFixtures.studio;

/** What operators and auditors rely on: health, metrics, the API description, and who/when/why on every event. */
class OperationsIT {

    private static LedgerProcesses ledger;

    @BeforeAll
    static void start() {
        ledger = SharedLedger.get();
    }

    @Test
    void everyEventSaysWhoAndForWhichRequest() {
        Http.Response created = Http.post(ledger.commandUrl() + "/api/studios", studio("审计工作室"),
                                          "X-Correlation-Id", "req-audit-1", "Idempotency-Key", "audit-key-1");
        assertThat(created.header("X-Correlation-Id")).contains("req-audit-1");
        String studioId = created.json().get("id").asString();

        try (MongoClient client = MongoClients.create(ledger.storeUri())) {
            Document commit = client.getDatabase("ledger").getCollection("event_commits")
                                    .find(Filters.eq("aggregateId", studioId)).first();
            assertThat(commit).isNotNull();
            List<Document> events = commit.getList("events", Document.class);
            JsonNode metaData = JsonMapper.builder().build().readTree(events.get(0).getString("metaData"));
            assertThat(metaData.get("userId").asString()).isEqualTo("anonymous");
            assertThat(metaData.get("correlationId").asString()).isEqualTo("req-audit-1");
            assertThat(metaData.get("idempotencyKey").asString()).isEqualTo("anonymous:audit-key-1");
            assertThat(events.get(0).getString("timestamp")).isNotBlank();
            assertThat(events.get(0).getString("payloadType")).endsWith("StudioRegistered");
        }
    }

    @Test
    void bothSidesReportHealthIncludingTheStore() {
        for (String side : List.of(ledger.commandUrl(), ledger.queryUrl())) {
            JsonNode health = Http.get(side + "/actuator/health").json();
            assertThat(health.get("status").asString()).isEqualTo("UP");
            assertThat(health.get("components").get("store").get("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void bothSidesPublishMetrics() {
        Http.get(ledger.queryUrl() + "/api/studios");
        Http.post(ledger.commandUrl() + "/api/studios", studio("指标工作室"));
        for (String side : List.of(ledger.commandUrl(), ledger.queryUrl())) {
            JsonNode names = Http.get(side + "/actuator/metrics").json().get("names");
            assertThat(names.toString()).contains("http.server.requests").contains("mongodb.driver.commands");
        }
    }

    @Test
    void theQuerySideServesTheLedgerPageInChineseFirst() {
        Http.Response page = Http.get(ledger.queryUrl() + "/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.raw().body()).contains("lang=\"zh-CN\"").contains("职工创新工作室台账");
        assertThat(Http.get(ledger.queryUrl() + "/app.js").raw().body()).contains("English");
    }

    @Test
    void bothSidesDescribeTheirApiWithItsProblems() {
        JsonNode commands = Http.get(ledger.commandUrl() + "/v3/api-docs").json();
        assertThat(commands.get("paths").has("/api/studios")).isTrue();
        assertThat(commands.get("paths").has("/api/alliances/{allianceId}/members")).isTrue();
        JsonNode register = commands.get("paths").get("/api/studios").get("post");
        assertThat(register.get("responses").has("409")).isTrue();
        assertThat(register.get("responses").get("412").get("content").has("application/problem+json")).isTrue();

        JsonNode reads = Http.get(ledger.queryUrl() + "/v3/api-docs").json();
        assertThat(reads.get("paths").has("/api/studios/{studioId}")).isTrue();
        assertThat(Http.get(ledger.commandUrl() + "/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(Http.get(ledger.queryUrl() + "/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
