package org.innovationledger.query.ledger;

import com.jayway.jsonpath.JsonPath;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.innovationledger.api.achievement.AchievementAccepted;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementContent;
import org.innovationledger.api.achievement.AchievementEvent;
import org.innovationledger.api.achievement.AchievementImplemented;
import org.innovationledger.api.achievement.AchievementRecorded;
import org.innovationledger.api.achievement.AchievementSubmitted;
import org.innovationledger.api.achievement.Contributor;
import org.innovationledger.api.achievement.SavingsClaimVerified;
import org.innovationledger.api.achievement.SavingsClaimed;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.eventstore.LedgerSerializers;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.innovationledger.query.QuerySideApplication;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side as it runs: the in-memory ledger reads the events already in the store when the instance starts,
 * follows the ones appended later, and answers the achievement list and the savings roll-ups over HTTP.
 */
class LedgerInTheApplicationTest {

    private static final HttpClient client = HttpClient.newHttpClient();
    private static final Map<String, Long> sequences = new HashMap<>();
    private static InProcessMongo mongo;
    private static MongoEventStorageEngine store;
    private static ConfigurableApplicationContext application;
    private static String baseUrl;

    @BeforeAll
    static void start() {
        mongo = new InProcessMongo();
        store = MongoEventStorageEngine.builder().database(mongo.database())
                                       .eventSerializer(LedgerSerializers.messages())
                                       .snapshotSerializer(LedgerSerializers.snapshots()).build();
        append("Studio", "s-1", new StudioRegistered("s-1", "李建华劳模创新工作室", StudioKind.MODEL_WORKER,
                                                     NamingLevel.COUNTY, "赣鄱矿业", new RegionCode("360829"), "安福县总工会",
                                                     new Leader("李建华", "劳动模范"), LedgerExamples.DAY, null));
        LocalDate day = LedgerExamples.DAY;
        append(new AchievementRecorded("a-1", "s-1", new AchievementContent(
                "皮带机自动纠偏装置", AchievementCategory.SMALL_INNOVATION, null, null, null, null,
                List.of(new Contributor("王小明", null, new BigDecimal("100"))), day)));
        append(new AchievementSubmitted("a-1", day));
        append(new AchievementAccepted("a-1", "县总工会", day, null));
        append(new AchievementImplemented("a-1", "一号井", day));
        append(new SavingsClaimed("a-1", "c-1", SavingsPeriod.parse("2025-Q1"), Yuan.of("12000.50"), "测算", "凭证",
                                  day));
        application = new SpringApplicationBuilder(QuerySideApplication.class)
                .run("--server.port=0", "--ledger.store.uri=" + mongo.connectionString() + "/ledger",
                     "--ledger.store.node-id=ledger-test", "--axon.update-check.disabled=true");
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

    @Test
    void theLedgerAnswersOnceCaughtUpAndFollowsNewEvents() throws Exception {
        HttpResponse<String> list = getOnceReady("/api/achievements?region=36");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(list.body(), "$.items[*].title")).containsExactly("皮带机自动纠偏装置");

        append(new SavingsClaimVerified("a-1", "c-1", SavingsPeriod.parse("2025-Q1"), Yuan.of("11000.25"), "财务部",
                                        LedgerExamples.DAY, null));

        String verified = eventually("/api/savings?region=3608&year=2025&groupBy=period", "$.verified", "11000.25");
        assertThat(verified).isEqualTo("11000.25");
        HttpResponse<String> totals = get("/api/savings?region=3608&year=2025&groupBy=period");
        assertThat(JsonPath.<String>read(totals.body(), "$.claimed")).isEqualTo("12000.50");
        assertThat(JsonPath.<String>read(totals.body(), "$.groups[0].key")).isEqualTo("2025-Q1");
        HttpResponse<String> top = get("/api/savings/top-studios?region=36");
        assertThat(JsonPath.<String>read(top.body(), "$[0].studio.name")).isEqualTo("李建华劳模创新工作室");
    }

    @Test
    void badParametersAreProblemDetails() throws Exception {
        getOnceReady("/api/achievements");
        HttpResponse<String> invalid = get("/api/savings?groupBy=month");

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonPath.<String>read(invalid.body(), "$.errors[0].field")).isEqualTo("groupBy");
        assertThat(get("/api/achievements?year=soon").statusCode()).isEqualTo(400);
    }

    @Test
    void healthSaysWhetherTheLedgerHasCaughtUp() throws Exception {
        getOnceReady("/api/achievements");

        HttpResponse<String> health = get("/actuator/health");

        assertThat(JsonPath.<String>read(health.body(), "$.components.ledgerIndexStatus.status")).isEqualTo("UP");
    }

    private static void append(AchievementEvent event) {
        append("Achievement", event.achievementId(), event);
    }

    private static synchronized void append(String type, String aggregateId, Object payload) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        store.appendEvents(List.of(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload,
                                                                   MetaData.emptyInstance(),
                                                                   UUID.randomUUID().toString(), Instant.now())));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                           HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> getOnceReady(String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> response = get(path);
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = get(path);
        }
        return response;
    }

    private static String eventually(String path, String jsonPath, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String value = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = getOnceReady(path);
            value = String.valueOf(JsonPath.<Object>read(response.body(), jsonPath));
            if (expected.equals(value)) {
                return value;
            }
            Thread.sleep(50);
        }
        return value;
    }
}
