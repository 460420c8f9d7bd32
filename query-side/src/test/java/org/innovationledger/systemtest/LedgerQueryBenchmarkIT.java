package org.innovationledger.systemtest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.innovationledger.api.achievement.AchievementAccepted;
import org.innovationledger.api.achievement.AchievementAdopted;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementContent;
import org.innovationledger.api.achievement.AchievementImplemented;
import org.innovationledger.api.achievement.AchievementRecommended;
import org.innovationledger.api.achievement.AchievementRecorded;
import org.innovationledger.api.achievement.AchievementRejected;
import org.innovationledger.api.achievement.AchievementReturned;
import org.innovationledger.api.achievement.AchievementSubmitted;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.achievement.AwardRecorded;
import org.innovationledger.api.achievement.Contributor;
import org.innovationledger.api.achievement.SavingsClaimRejected;
import org.innovationledger.api.achievement.SavingsClaimVerified;
import org.innovationledger.api.achievement.SavingsClaimed;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.achievement.VerifiedSavingsAdjusted;
import org.innovationledger.api.alliance.AllianceFounded;
import org.innovationledger.api.alliance.StudioJoinedAlliance;
import org.innovationledger.api.common.AuditMetaData;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.MemberJoined;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.eventstore.LedgerSerializers;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's target: the achievement list and the savings queries answer within 20 ms at p99 with 10,000 studios and
 * 200,000 achievements in the store. Both applications run as {@code ./ledger start} runs them, on the embedded
 * store; the history (studios with members, alliances, achievements along every path with their claims,
 * verifications, rejections and adjustments) is imported in bulk into the store before the query side starts.
 * Reported: the time to import, the time the query side needs to build its in-memory ledger and its persisted
 * projections from nothing, the time it needs after a restart (the in-memory ledger only), and then — with every
 * projection caught up — the latency of each kind of query over HTTP, one client at a time and four at once.
 * Run it with {@code ./ledger bench queries}; sizes are system properties, and
 * {@code -Dbench.reuse=<folder of an earlier run>} measures the restart and the queries again on that run's store.
 */
@Tag("benchmark")
class LedgerQueryBenchmarkIT {

    private static final int STUDIOS = Integer.getInteger("bench.studios", 10_000);
    private static final int ACHIEVEMENTS = Integer.getInteger("bench.achievements", 200_000);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 200);
    private static final int MEASURED = Integer.getInteger("bench.measured", 500);
    private static final Path REPORT = Path.of("target/query-benchmark.md");

    private final Random random = new Random(42);
    private final StringBuilder report = new StringBuilder();
    private final BenchmarkHistory history = new BenchmarkHistory(STUDIOS, ACHIEVEMENTS, random);
    private final List<String> studioIds = history.studioIds;
    private final List<String> allianceIds = history.allianceIds;
    private final List<String> counties = history.counties;
    private MongoEventStorageEngine engine;
    private long events;

    @Test
    void listAndSavingsQueriesAtScale() throws Exception {
        String reuse = System.getProperty("bench.reuse");
        try (LedgerProcesses ledger = reuse == null ? LedgerProcesses.inFreshFolder("query-benchmark")
                : LedgerProcesses.inFolder(Path.of(reuse));
             MongoClient client = MongoClients.create(ledger.storeUri())) {
            ledger.startCommandSide(List.of("-Xmx1g"), Duration.ofMinutes(10));
            MongoDatabase database = client.getDatabase("ledger");
            engine = MongoEventStorageEngine.builder().database(database)
                                            .eventSerializer(LedgerSerializers.messages())
                                            .snapshotSerializer(LedgerSerializers.snapshots())
                                            .ensureSchema(false).build();
            long started;
            if (reuse == null) {
                started = System.nanoTime();
                events = history.seed(engine);
                line("Imported %,d events (%,d studios, %,d alliances, %,d achievements) in %.0f s.", events,
                     STUDIOS, history.allianceCount, ACHIEVEMENTS, seconds(started));
                started = System.nanoTime();
                ledger.startQuerySide(List.of("-Xmx2g"), Duration.ofMinutes(20));
                double warmUp = seconds(started);
                line("Query side healthy — in-memory ledger built from all %,d events — %.1f s after launch "
                             + "(%,.0f events/s, JVM start included).", events, warmUp, events / warmUp);
                started = System.nanoTime();
                awaitPersistedProjections(database, engine.createHeadToken().getIndex(), Duration.ofMinutes(60));
                double replay = seconds(started) + warmUp;
                line("Persisted projections (studios, alliances, patents, achievements) caught up %.0f s after "
                             + "launch (%,.0f events/s).", replay, events / replay);
                ledger.stopQuerySide();
            } else {
                events = engine.createHeadToken().getIndex();
                line("Reusing the history of an earlier run in %s (%,d commits of one event).", reuse, events);
            }
            started = System.nanoTime();
            ledger.startQuerySide(List.of("-Xmx2g"), Duration.ofMinutes(20));
            double restart = seconds(started);
            line("After a restart — persisted projections already caught up — the query side is healthy again "
                         + "in %.1f s (%,.0f events/s into the in-memory ledger, JVM start included).",
                 restart, events / restart);
            awaitPersistedProjections(database, engine.createHeadToken().getIndex(), Duration.ofMinutes(60));

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Map<String, Supplier<String>> queries = queries();
            report.append("\nLatency in ms: *in the ledger* is the application's own time to answer (its `Server-Timing` "
                                  + "header), *over HTTP* what the client saw, request and response included.\n\n"
                                  + "| query | in the ledger p50 | p99 | over HTTP p50 | p90 | p99 | max | answer |\n"
                                  + "|---|---:|---:|---:|---:|---:|---:|---|\n");
            long[][] floor = measure(http, ledger.queryUrl(), () -> "/app.css", WARM_UP, MEASURED);
            report.append(String.format(Locale.ROOT, "| `a static file (the floor of this machine's HTTP)` | | | %.2f "
                                                      + "| %.2f | %.2f | %.2f | |%n",
                                        millis(percentile(floor[0], 0.50)), millis(percentile(floor[0], 0.90)),
                                        millis(percentile(floor[0], 0.99)), millis(floor[0][floor[0].length - 1])));
            List<Double> p99s = new ArrayList<>();
            for (Map.Entry<String, Supplier<String>> query : queries.entrySet()) {
                long[][] nanos = measure(http, ledger.queryUrl(), query.getValue(), WARM_UP, MEASURED);
                long[] overHttp = nanos[0];
                long[] inLedger = nanos[1];
                String sample = get(http, ledger.queryUrl() + query.getValue().get()).body();
                p99s.add(millis(percentile(inLedger, 0.99)));
                report.append(String.format(Locale.ROOT, "| `%s` | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s |%n",
                                            query.getKey(), millis(percentile(inLedger, 0.50)),
                                            millis(percentile(inLedger, 0.99)), millis(percentile(overHttp, 0.50)),
                                            millis(percentile(overHttp, 0.90)), millis(percentile(overHttp, 0.99)),
                                            millis(overHttp[overHttp.length - 1]), summary(sample)));
            }
            Queue<Long> serverTimes = new ConcurrentLinkedQueue<>();
            long[] concurrent = concurrently(http, ledger.queryUrl(), new ArrayList<>(queries.values()), 4,
                                             MEASURED * 4, serverTimes);
            long[] server = serverTimes.stream().mapToLong(Long::longValue).sorted().toArray();
            line("%nFour clients at once, every kind of query mixed (%,d requests): in the ledger p50 %.2f ms, "
                         + "p99 %.2f ms; over HTTP p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms.",
                 concurrent.length, millis(percentile(server, 0.5)), millis(percentile(server, 0.99)),
                 millis(percentile(concurrent, 0.5)), millis(percentile(concurrent, 0.9)),
                 millis(percentile(concurrent, 0.99)), millis(concurrent[concurrent.length - 1]));
            Files.writeString(REPORT, report.toString());
            System.out.println(report);
            assertThat(p99s).as("every kind of query was measured in the ledger").hasSize(queries.size())
                            .allMatch(p99 -> p99 > 0);
        }
    }

    // ------------------------------------------------------------------------------------------ measuring

    /** The kinds of query measured, each drawing its parameters at random from the history. */
    private Map<String, Supplier<String>> queries() {
        Map<String, Supplier<String>> queries = new LinkedHashMap<>();
        queries.put("achievements: province (all), newest first", () -> "/api/achievements?region=36");
        queries.put("achievements: province, page 50", () -> "/api/achievements?region=36&page=50");
        queries.put("achievements: city + category", () -> "/api/achievements?region=" + city() + "&category="
                + AchievementCategory.values()[random.nextInt(5)]);
        queries.put("achievements: county + status + year", () -> "/api/achievements?region=" + county()
                + "&status=IMPLEMENTED&year=" + (2023 + random.nextInt(3)));
        queries.put("achievements: one studio", () -> "/api/achievements?studio=" + studio());
        queries.put("achievements: one alliance", () -> "/api/achievements?alliance=" + alliance());
        queries.put("achievements: text in the province", () -> "/api/achievements?region=36&q=" + word());
        queries.put("achievements: award level, by verified savings",
                    () -> "/api/achievements?awardLevel=PROVINCIAL,NATIONAL&sort=verifiedSavings,desc");
        queries.put("savings: all, by region", () -> "/api/savings?groupBy=region");
        queries.put("savings: province, a year, by period (quarterly trend)",
                    () -> "/api/savings?region=36&year=" + (2023 + random.nextInt(3)) + "&groupBy=period");
        queries.put("savings: city, by studio (top 20)", () -> "/api/savings?region=" + city()
                + "&groupBy=studio&limit=20");
        queries.put("savings: enterprise, by year", () -> "/api/savings?enterprise="
                + encode("赣鄱企业" + random.nextInt(history.enterpriseCount)) + "&groupBy=year");
        queries.put("savings: alliance, by period", () -> "/api/savings?alliance=" + alliance() + "&groupBy=period");
        queries.put("savings: a level, by category", () -> "/api/savings?level=COUNTY&groupBy=category");
        queries.put("savings: top 10 studios of the province in a year",
                    () -> "/api/savings/top-studios?region=36&year=" + (2023 + random.nextInt(3)));
        return queries;
    }

    private String city() {
        return county().substring(0, 4);
    }

    private String county() {
        return counties.get(random.nextInt(counties.size()));
    }

    private String studio() {
        return studioIds.get(random.nextInt(studioIds.size()));
    }

    private String alliance() {
        return allianceIds.get(random.nextInt(allianceIds.size()));
    }

    private String word() {
        return encode(BenchmarkHistory.WORDS.get(random.nextInt(BenchmarkHistory.WORDS.size())));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Client-side and server-side ({@code Server-Timing}) nanoseconds of each measured request, each sorted. */
    private static long[][] measure(HttpClient http, String base, Supplier<String> query, int warmUp, int measured)
            throws Exception {
        for (int i = 0; i < warmUp; i++) {
            get(http, base + query.get());
        }
        long[] client = new long[measured];
        long[] server = new long[measured];
        for (int i = 0; i < measured; i++) {
            String path = query.get();
            long started = System.nanoTime();
            HttpResponse<String> response = get(http, base + path);
            client[i] = System.nanoTime() - started;
            server[i] = serverNanos(response);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
        Arrays.sort(client);
        Arrays.sort(server);
        return new long[][] {client, server};
    }

    private static long serverNanos(HttpResponse<String> response) {
        return response.headers().firstValue("Server-Timing")
                       .map(timing -> Math.round(Double.parseDouble(timing.replaceAll(".*dur=", "")) * 1e6))
                       .orElse(0L);
    }

    private long[] concurrently(HttpClient http, String base, List<Supplier<String>> queries, int clients,
                                int requests, Queue<Long> serverTimes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                List<String> paths = new ArrayList<>();
                for (int i = 0; i < requests / clients; i++) {
                    paths.add(queries.get(i % queries.size()).get());
                }
                results.add(pool.submit(() -> {
                    long[] nanos = new long[paths.size()];
                    for (int i = 0; i < paths.size(); i++) {
                        long started = System.nanoTime();
                        HttpResponse<String> response = get(http, base + paths.get(i));
                        nanos[i] = System.nanoTime() - started;
                        serverTimes.add(serverNanos(response));
                        assertThat(response.statusCode()).isEqualTo(200);
                    }
                    return nanos;
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> result : results) {
                long[] nanos = result.get();
                long[] merged = Arrays.copyOf(all, all.length + nanos.length);
                System.arraycopy(nanos, 0, merged, all.length, nanos.length);
                all = merged;
            }
            Arrays.sort(all);
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitPersistedProjections(MongoDatabase database, long head, Duration timeout)
            throws Exception {
        BenchmarkHistory.awaitPersistedProjections(database, head, timeout, 1_000);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String summary(String body) {
        Matcher total = Pattern.compile("\"(totalItems|verified)\"\\s*:\\s*\"?([0-9.]+)").matcher(body);
        if (total.find()) {
            return total.group(1) + " " + total.group(2);
        }
        return body.length() > 40 ? body.substring(0, 40).replace("|", "/") + "…" : body;
    }

    private static long percentile(long[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private void line(String format, Object... arguments) {
        String text = String.format(Locale.ROOT, format, arguments);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
