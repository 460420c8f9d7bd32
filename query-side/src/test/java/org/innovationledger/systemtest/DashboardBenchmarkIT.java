package org.innovationledger.systemtest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.eventstore.LedgerSerializers;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's targets, measured on the history of {@link BenchmarkHistory} with its issue-6 part (patents and their
 * fees, stations and incubations, members, funding, challenges, a revised rating policy, official stars): 10,000
 * studios, 200,000 achievements and 40,000 patents by default. Both applications run as {@code ./ledger start} runs
 * them, on the embedded store.
 * <ol>
 *     <li><b>Replay of the in-memory ledger</b>: events ÷ seconds from the launch of the query side to its health
 *     being UP, after a restart with the persisted projections caught up — the ledger rebuilds from zero at every
 *     start. (The persisted views' replay is {@link PersistedReplayBenchmarkIT}'s.)</li>
 *     <li><b>The dashboard</b>: the first dashboard after that start (no stars cached), then each kind of dashboard
 *     read, drill-down and studio rating {@code bench.measured} times (default 1,000) after {@code bench.warmUp}
 *     (default 200), and four clients at once; p50/p95/p99/max from {@code Server-Timing} and over HTTP.</li>
 *     <li><b>Projection lag under command load</b>: {@code bench.writers} threads (default 8) record achievements for
 *     existing studios and submit and accept them as fast as the command side takes them, for
 *     {@code bench.loadSeconds} (default 60); every 100 ms a probe records an achievement with a unique title and
 *     the time from its 201 until it is seen in the in-memory ledger (the list, by title) and in the persisted detail
 *     view ({@code GET /api/achievements/{id}} 200) is taken by two pollers, one per read model, that look for every
 *     unseen probe every {@code bench.pollMillis} (default 20) — a poller per probe would add hundreds of reads a
 *     second to the load it measures, and one poller for both delayed each sighting by the other's reads.</li>
 * </ol>
 * Run it with {@code ./ledger bench dashboard}; {@code -Dbench.reuse=<folder of an earlier run>} skips the import
 * and measures again on that run's store. It writes {@code target/dashboard-benchmark.md}.
 */
@Tag("benchmark")
class DashboardBenchmarkIT {

    private static final int STUDIOS = Integer.getInteger("bench.studios", 10_000);
    private static final int ACHIEVEMENTS = Integer.getInteger("bench.achievements", 200_000);
    private static final int PATENTS = Integer.getInteger("bench.patents", 40_000);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 200);
    private static final int MEASURED = Integer.getInteger("bench.measured", 1_000);
    private static final int CLIENTS = 4;
    private static final int WRITERS = Integer.getInteger("bench.writers", 8);
    private static final int LOAD_SECONDS = Integer.getInteger("bench.loadSeconds", 60);
    private static final int PROBE_MILLIS = 100;
    private static final int POLL_MILLIS = Integer.getInteger("bench.pollMillis", 20);
    /** Extra JVM options of the query side, e.g. {@code -Dledger.store.shared-read-ahead=0}. */
    private static final List<String> QUERY_JVM = LedgerProcesses.benchmarkOptions("-Xmx2g", "bench.queryOptions");
    /** Probes are numbered; one list read by title prefix sees a block of this many at once. */
    private static final int PROBE_BLOCK = 100;
    private static final int YEAR = BenchmarkHistory.LAST_YEAR;
    private static final Path REPORT = Path.of("target/dashboard-benchmark.md");

    private final Random random = new Random(42);
    private final StringBuilder report = new StringBuilder();
    private final BenchmarkHistory history = new BenchmarkHistory(STUDIOS, ACHIEVEMENTS, PATENTS, random);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                              .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void dashboardReplayAndLagAtScale() throws Exception {
        String reuse = System.getProperty("bench.reuse");
        try (LedgerProcesses ledger = reuse == null ? LedgerProcesses.inFreshFolder("dashboard-benchmark")
                : LedgerProcesses.inFolder(Path.of(reuse));
             MongoClient client = MongoClients.create(ledger.storeUri())) {
            ledger.startCommandSide(List.of("-Xmx1g"), Duration.ofMinutes(10));
            if (QUERY_JVM.size() > 1) {
                line("Query side JVM options: %s", String.join(" ", QUERY_JVM));
            }
            MongoDatabase database = client.getDatabase("ledger");
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database)
                    .eventSerializer(LedgerSerializers.messages())
                    .snapshotSerializer(LedgerSerializers.snapshots())
                    .ensureSchema(false).build();
            long events;
            if (reuse == null) {
                long started = System.nanoTime();
                events = history.seed(engine);
                line("Imported %,d events (%,d studios, %,d alliances, %,d achievements, %,d patents) in %.0f s.",
                     events, STUDIOS, history.allianceCount, ACHIEVEMENTS, PATENTS, seconds(started));
                line("Issue-6 part of the history: %s.", history.counts.entrySet().stream()
                        .map(entry -> String.format(Locale.ROOT, "%,d %s", entry.getValue(), entry.getKey()))
                        .reduce((a, b) -> a + ", " + b).orElse("nothing"));
                started = System.nanoTime();
                ledger.startQuerySide(QUERY_JVM, Duration.ofMinutes(30));
                double firstStart = seconds(started);
                BenchmarkHistory.awaitPersistedProjections(database, engine.createHeadToken().getIndex(),
                                                           Duration.ofMinutes(120), 1_000);
                line("First start on the imported store: query side healthy after %.1f s, its persisted projections "
                             + "caught up after %.0f s (both rebuilding at once; the persisted replay is measured by "
                             + "`./ledger bench replay`).", firstStart, seconds(started));
                ledger.stopQuerySide();
            } else {
                events = engine.createHeadToken().getIndex();
                line("Reusing the history of an earlier run in %s (head of the store at %,d).", reuse, events);
            }

            // b. the in-memory ledger rebuilds from zero at every start
            long launched = System.nanoTime();
            ledger.startQuerySide(QUERY_JVM, Duration.ofMinutes(30));
            double restart = seconds(launched);
            line("%n**Replay of the in-memory ledger**: after a restart (persisted projections caught up) the query "
                         + "side was healthy — its ledger rebuilt from all %,d events — in %.1f s: **%,.0f events/s** "
                         + "(JVM start included).", events, restart, events / restart);
            BenchmarkHistory.awaitPersistedProjections(database, engine.createHeadToken().getIndex(),
                                                       Duration.ofMinutes(120), 1_000);

            // a. the dashboard: first the cold one, then every kind measured
            String cold = "/api/dashboard?year=" + YEAR;
            long coldStarted = System.nanoTime();
            HttpResponse<String> first = get(ledger.queryUrl() + cold);
            long coldHttp = System.nanoTime() - coldStarted;
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            HttpResponse<String> second = get(ledger.queryUrl() + cold);
            line("%n**First dashboard after the start** (`%s`, no stars cached): %.1f ms in the ledger, %.1f ms over "
                         + "HTTP; the same read again: %.1f ms in the ledger.", cold, millis(serverNanos(first)),
                 millis(coldHttp), millis(serverNanos(second)));
            line("Dashboard of %d: %s", YEAR, dashboardSummary(first.body()));

            Map<String, Supplier<String>> kinds = kinds();
            report.append(String.format(Locale.ROOT, "%nLatency in ms, one client, %,d requests of each kind after "
                                                      + "%,d to warm up: *in the ledger* is the application's own "
                                                      + "time (`Server-Timing`), *over HTTP* what the client saw.%n%n",
                                        MEASURED, WARM_UP))
                  .append("| read | ledger p50 | p95 | p99 | max | HTTP p50 | p95 | p99 | max |\n"
                                  + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            long[][] floor = measure(ledger.queryUrl(), () -> "/app.css", WARM_UP, MEASURED);
            row("a static file (the floor of HTTP here)", null, floor[0]);
            List<Double> dashboardP99s = new ArrayList<>();
            for (Map.Entry<String, Supplier<String>> kind : kinds.entrySet()) {
                long[][] nanos = measure(ledger.queryUrl(), kind.getValue(), WARM_UP, MEASURED);
                row(kind.getKey(), nanos[1], nanos[0]);
                if (kind.getKey().startsWith("dashboard")) {
                    dashboardP99s.add(millis(percentile(nanos[1], 0.99)));
                }
            }
            Queue<Long> serverTimes = new ConcurrentLinkedQueue<>();
            long[] concurrent = concurrently(ledger.queryUrl(), new ArrayList<>(kinds.values()), MEASURED * CLIENTS,
                                             serverTimes);
            long[] server = serverTimes.stream().mapToLong(Long::longValue).sorted().toArray();
            line("%n%d clients at once, every kind mixed (%,d requests): in the ledger p50 %.2f, p95 %.2f, p99 %.2f, "
                         + "max %.2f ms; over HTTP p50 %.2f, p95 %.2f, p99 %.2f, max %.2f ms.", CLIENTS,
                 concurrent.length, millis(percentile(server, 0.5)), millis(percentile(server, 0.95)),
                 millis(percentile(server, 0.99)), millis(server[server.length - 1]),
                 millis(percentile(concurrent, 0.5)), millis(percentile(concurrent, 0.95)),
                 millis(percentile(concurrent, 0.99)), millis(concurrent[concurrent.length - 1]));

            // c. projection lag while commands arrive as fast as the command side takes them
            lagUnderLoad(ledger);

            Files.writeString(REPORT, report.toString());
            System.out.println(report);
            assertThat(dashboardP99s).as("every kind of dashboard was measured").isNotEmpty()
                                     .allMatch(p99 -> p99 > 0);
        }
    }

    // ------------------------------------------------------------------------------------------ the reads

    /** The kinds of read measured, each drawing its parameters at random from the history. */
    private Map<String, Supplier<String>> kinds() {
        Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
        kinds.put("dashboard: whole store, one year", () -> "/api/dashboard?year=" + YEAR);
        kinds.put("dashboard: province (region prefix), one year", () -> "/api/dashboard?region=36&year=" + YEAR);
        kinds.put("dashboard: a city, one year", () -> "/api/dashboard?region=" + city() + "&year=" + YEAR);
        kinds.put("dashboard: a county, one year", () -> "/api/dashboard?region=" + county() + "&year=" + YEAR);
        kinds.put("dashboard: an enterprise, one year", () -> "/api/dashboard?enterprise=" + enterprise()
                + "&year=" + YEAR);
        kinds.put("dashboard: province, three years", () -> "/api/dashboard?region=36&fromYear=" + (YEAR - 2)
                + "&toYear=" + YEAR);
        kinds.put("records: achievements of a category, a city", () -> "/api/dashboard/records?region=" + city()
                + "&year=" + YEAR + "&figure=achievements.category&key="
                + AchievementCategory.values()[random.nextInt(5)]);
        kinds.put("records: studios with n stars, province", () -> "/api/dashboard/records?region=36&year=" + YEAR
                + "&figure=studios.stars&key=" + random.nextInt(6));
        kinds.put("records: patents granted of a type, province", () -> "/api/dashboard/records?region=36&year="
                + YEAR + "&figure=patents.granted.type&key=" + PatentType.values()[random.nextInt(3)]);
        kinds.put("records: incubations, a county, three years", () -> "/api/dashboard/records?region=" + county()
                + "&fromYear=" + (YEAR - 2) + "&toYear=" + YEAR + "&figure=incubation");
        kinds.put("records: savings claims of a quarter, an enterprise", () -> "/api/dashboard/records?enterprise="
                + enterprise() + "&year=" + YEAR + "&figure=savings&key=" + YEAR + "-Q" + (1 + random.nextInt(4)));
        kinds.put("rating: a studio's year", () -> "/api/studios/" + studio() + "/ratings/" + (YEAR - random.nextInt(2)));
        return kinds;
    }

    private String city() {
        return county().substring(0, 4);
    }

    private String county() {
        return history.counties.get(random.nextInt(history.counties.size()));
    }

    private String studio() {
        return history.studioIds.get(random.nextInt(history.studioIds.size()));
    }

    private String enterprise() {
        return encode("赣鄱企业" + random.nextInt(history.enterpriseCount));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Client-side and server-side ({@code Server-Timing}) nanoseconds of each measured request, each sorted. */
    private long[][] measure(String base, Supplier<String> query, int warmUp, int measured) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            get(base + query.get());
        }
        long[] client = new long[measured];
        long[] server = new long[measured];
        for (int i = 0; i < measured; i++) {
            String path = query.get();
            long started = System.nanoTime();
            HttpResponse<String> response = get(base + path);
            client[i] = System.nanoTime() - started;
            server[i] = serverNanos(response);
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        }
        Arrays.sort(client);
        Arrays.sort(server);
        return new long[][] {client, server};
    }

    private long[] concurrently(String base, List<Supplier<String>> queries, int requests, Queue<Long> serverTimes)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                List<String> paths = new ArrayList<>();
                for (int i = 0; i < requests / CLIENTS; i++) {
                    paths.add(queries.get(i % queries.size()).get());
                }
                results.add(pool.submit(() -> {
                    long[] nanos = new long[paths.size()];
                    for (int i = 0; i < paths.size(); i++) {
                        long started = System.nanoTime();
                        HttpResponse<String> response = get(base + paths.get(i));
                        nanos[i] = System.nanoTime() - started;
                        serverTimes.add(serverNanos(response));
                        assertThat(response.statusCode()).isEqualTo(200);
                    }
                    return nanos;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                for (long nanos : result.get()) {
                    all.add(nanos);
                }
            }
            return all.stream().mapToLong(Long::longValue).sorted().toArray();
        } finally {
            pool.shutdownNow();
        }
    }

    private void row(String name, long[] inLedger, long[] overHttp) {
        String ledgerColumns = inLedger == null ? " | | | |" : String.format(
                Locale.ROOT, " %.2f | %.2f | %.2f | %.2f |", millis(percentile(inLedger, 0.50)),
                millis(percentile(inLedger, 0.95)), millis(percentile(inLedger, 0.99)),
                millis(inLedger[inLedger.length - 1]));
        report.append(String.format(Locale.ROOT, "| %s |%s %.2f | %.2f | %.2f | %.2f |%n", name, ledgerColumns,
                                    millis(percentile(overHttp, 0.50)), millis(percentile(overHttp, 0.95)),
                                    millis(percentile(overHttp, 0.99)), millis(overHttp[overHttp.length - 1])));
        System.out.printf(Locale.ROOT, "%s: HTTP p99 %.2f ms%n", name, millis(percentile(overHttp, 0.99)));
    }

    /** The headline figures of a dashboard, to show the history is not empty where it counts. */
    private static String dashboardSummary(String body) {
        JsonNode dashboard = JsonMapper.builder().build().readTree(body);
        return String.format(Locale.ROOT, "%s studios (by computed stars %s; official %s), %s achievements, "
                                     + "%s patents filed and %s granted, %s incubations admitted, verified savings "
                                     + "¥%s, %s annual fees due within %s days.",
                             dashboard.at("/studios/total/count").asString(), stars(dashboard.at("/studios/byStars")),
                             stars(dashboard.at("/studios/byOfficialStars")),
                             dashboard.at("/achievements/total/count").asString(),
                             dashboard.at("/patents/filed/count").asString(),
                             dashboard.at("/patents/granted/count").asString(),
                             dashboard.at("/incubation/admitted/count").asString(),
                             dashboard.at("/savings/verified").asString(),
                             dashboard.at("/feeDeadlines/count").asString(),
                             dashboard.at("/feeDeadlines/days").asString());
    }

    private static String stars(JsonNode byStars) {
        List<String> counts = new ArrayList<>();
        for (String key : List.of("0", "1", "2", "3", "4", "5", "none")) {
            counts.add(key + ":" + byStars.at("/" + key + "/count").asString());
        }
        return String.join(" ", counts);
    }

    // ------------------------------------------------------------------------------------------ lag under load

    /**
     * Writers record, submit and accept achievements for random existing studios without pause; a probe records one
     * with a unique title every 100 ms and waits, polling, for it in the in-memory ledger and in the detail view.
     */
    private void lagUnderLoad(LedgerProcesses ledger) throws Exception {
        AtomicLong commands = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicInteger sequence = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        ExecutorService pollers = Executors.newCachedThreadPool();
        Queue<Long> ledgerLags = new ConcurrentLinkedQueue<>();
        Queue<Long> detailLags = new ConcurrentLinkedQueue<>();
        Queue<Long> probeCommands = new ConcurrentLinkedQueue<>();
        AtomicLong unseen = new AtomicLong();
        long started = System.nanoTime();
        try {
            for (int writer = 0; writer < WRITERS; writer++) {
                writers.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        String studio = history.studioIds.get(
                                ThreadLocalRandom.current().nextInt(history.studioIds.size()));
                        String id = record(ledger, studio, "负载成果" + sequence.incrementAndGet(), commands, failures);
                        if (id != null && System.nanoTime() < deadline
                                && post(ledger, "/api/achievements/" + id + "/submission",
                                        "{\"submittedOn\":\"" + YEAR + "-06-02\"}", commands, failures)
                                && System.nanoTime() < deadline) {
                            post(ledger, "/api/achievements/" + id + "/acceptance",
                                 "{\"reviewer\":\"县总工会\",\"acceptedOn\":\"" + YEAR + "-06-09\"}", commands, failures);
                        }
                    }
                    return null;
                });
            }
            // Two pollers, one per read model, so that a slow read of one never delays a sighting in the other: the
            // ledger's looks at the list by title prefix (one read per block of 100 probes), the detail view's reads
            // every unseen probe's detail, those of one cycle at once. Measuring adds a few reads per cycle to the
            // load, not one polling thread per probe.
            Map<Integer, Probe> outstanding = new ConcurrentHashMap<>();
            AtomicBoolean sending = new AtomicBoolean(true);
            ExecutorService detailReads = Executors.newFixedThreadPool(4);
            Future<?> ledgerPoller = pollers.submit(() -> {
                while (sending.get() || !outstanding.isEmpty()) {
                    pollLedger(ledger, outstanding, ledgerLags, unseen);
                    Thread.sleep(POLL_MILLIS);
                }
                return null;
            });
            Future<?> detailPoller = pollers.submit(() -> {
                while (sending.get() || !outstanding.isEmpty()) {
                    pollDetails(ledger, outstanding, detailLags, unseen, detailReads);
                    Thread.sleep(POLL_MILLIS);
                }
                return null;
            });
            List<Future<?>> probes = new ArrayList<>();
            int probe = 0;
            while (System.nanoTime() < deadline) {
                long next = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PROBE_MILLIS);
                int number = probe++;
                String studio = history.studioIds.get(random.nextInt(history.studioIds.size()));
                probes.add(pollers.submit(() -> {
                    long sent = System.nanoTime();
                    String id = record(ledger, studio, probeTitle(number), commands, failures);
                    long acknowledged = System.nanoTime();
                    if (id != null) {
                        probeCommands.add(acknowledged - sent);
                        outstanding.put(number, new Probe(id, acknowledged));
                    }
                    return null;
                }));
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            writers.shutdown();
            writers.awaitTermination(1, TimeUnit.MINUTES);
            double loadSeconds = seconds(started);
            for (Future<?> pending : probes) {
                pending.get(2, TimeUnit.MINUTES);
            }
            sending.set(false);
            ledgerPoller.get(2, TimeUnit.MINUTES);
            detailPoller.get(2, TimeUnit.MINUTES);
            detailReads.shutdown();
            long[] inLedger = sorted(ledgerLags);
            long[] inDetail = sorted(detailLags);
            long[] probeAcks = sorted(probeCommands);
            line("%n**Projection lag under command load**: %d writer threads recording, submitting and accepting "
                         + "achievements for %.0f s: %,d commands answered 2xx, **%,.0f commands/s** sustained "
                         + "(%,d failed). A probe achievement recorded every %d ms (%,d probes; the command itself took p50 %.1f ms, "
                         + "p99 %.1f ms), looked for by one poller per read model every %d ms from its 201 until seen:",
                 WRITERS, loadSeconds, commands.get(), commands.get() / loadSeconds, failures.get(), PROBE_MILLIS,
                 probeAcks.length, millis(percentile(probeAcks, 0.5)), millis(percentile(probeAcks, 0.99)),
                 POLL_MILLIS);
            report.append("\n| seen in | probes | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
            lagRow("the in-memory ledger (`/api/achievements?q=<block of probe titles>` lists it)", inLedger);
            lagRow("the persisted detail view (`/api/achievements/{id}` 200)", inDetail);
            if (unseen.get() > 0) {
                line("%n%,d probe reads were not seen within 60 s.", unseen.get());
            }
            assertThat(inLedger).as("probes seen in the ledger").isNotEmpty();
            assertThat(inDetail).as("probes seen in the detail view").isNotEmpty();
        } finally {
            writers.shutdownNow();
            pollers.shutdownNow();
        }
    }

    private void lagRow(String where, long[] lags) {
        if (lags.length == 0) {
            report.append("| ").append(where).append(" | 0 | | | | |\n");
            return;
        }
        report.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f |%n", where, lags.length,
                                    millis(percentile(lags, 0.50)), millis(percentile(lags, 0.95)),
                                    millis(percentile(lags, 0.99)), millis(lags[lags.length - 1])));
        System.out.printf(Locale.ROOT, "lag into %s: p50 %.1f ms, p99 %.1f ms%n", where,
                          millis(percentile(lags, 0.50)), millis(percentile(lags, 0.99)));
    }

    /** A probe achievement acknowledged by the command side, and where it has been seen so far. */
    private static final class Probe {
        final String id;
        final long acknowledged;
        volatile boolean inLedger;
        volatile boolean inDetail;
        private final AtomicBoolean expired = new AtomicBoolean();

        Probe(String id, long acknowledged) {
            this.id = id;
            this.acknowledged = acknowledged;
        }

        /** True, and counted once as unseen, when it has waited 60 s without being seen everywhere. */
        boolean expired(AtomicLong unseen) {
            if ((inLedger && inDetail) || System.nanoTime() - acknowledged <= TimeUnit.SECONDS.toNanos(60)) {
                return false;
            }
            if (expired.compareAndSet(false, true)) {
                unseen.incrementAndGet();
            }
            return true;
        }

        void removeWhenSeenEverywhere(Map<Integer, Probe> outstanding, int number) {
            if (inLedger && inDetail) {
                outstanding.remove(number);
            }
        }
    }

    /** Unique to this run, so that probes of an earlier run on a reused store never answer for this one's. */
    private static final String PROBE_RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private static String probeTitle(int number) {
        return String.format(Locale.ROOT, "延迟探针%s-P%06d", PROBE_RUN, number);
    }

    /** One look in the ledger for every probe it has not shown yet: one list read per block of probes. */
    private void pollLedger(LedgerProcesses ledger, Map<Integer, Probe> outstanding, Queue<Long> ledgerLags,
                            AtomicLong unseen) throws Exception {
        Set<Integer> blocks = new TreeSet<>();
        outstanding.forEach((number, probe) -> {
            if (probe.expired(unseen)) {
                outstanding.remove(number);
            } else if (!probe.inLedger) {
                blocks.add(number / PROBE_BLOCK);
            }
        });
        for (int block : blocks) {
            String prefix = probeTitle(block * PROBE_BLOCK).substring(0, probeTitle(0).length() - 2);
            HttpResponse<String> listed = get(ledger.queryUrl() + "/api/achievements?size=100&q=" + encode(prefix));
            long seen = System.nanoTime();
            if (listed.statusCode() == 200) {
                Set<String> ids = new HashSet<>();
                Matcher matcher = ID.matcher(listed.body());
                while (matcher.find()) {
                    ids.add(matcher.group(1));
                }
                outstanding.forEach((number, probe) -> {
                    if (!probe.inLedger && number / PROBE_BLOCK == block && ids.contains(probe.id)) {
                        ledgerLags.add(seen - probe.acknowledged);
                        probe.inLedger = true;
                        probe.removeWhenSeenEverywhere(outstanding, number);
                    }
                });
            }
        }
    }

    /** One read of every unseen probe's detail view, all at once; waits for them all. */
    private void pollDetails(LedgerProcesses ledger, Map<Integer, Probe> outstanding, Queue<Long> detailLags,
                             AtomicLong unseen, ExecutorService reads) throws Exception {
        List<Future<?>> cycle = new ArrayList<>();
        outstanding.forEach((number, probe) -> {
            if (probe.expired(unseen)) {
                outstanding.remove(number);
            } else if (!probe.inDetail) {
                cycle.add(reads.submit(() -> {
                    HttpResponse<String> detail = get(ledger.queryUrl() + "/api/achievements/" + probe.id);
                    if (detail.statusCode() == 200) {
                        detailLags.add(System.nanoTime() - probe.acknowledged);
                        probe.inDetail = true;
                        probe.removeWhenSeenEverywhere(outstanding, number);
                    }
                    return null;
                }));
            }
        });
        for (Future<?> read : cycle) {
            read.get();
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    /** Records an achievement through the command API; its id, or null when the command side refused. */
    private String record(LedgerProcesses ledger, String studio, String title, AtomicLong commands,
                          AtomicLong failures) throws Exception {
        String body = "{\"studioId\":\"" + studio + "\",\"content\":{\"title\":\"" + title
                + "\",\"category\":\"SMALL_INNOVATION\",\"description\":\"说明\",\"achievedOn\":\"" + YEAR
                + "-06-01\",\"contributors\":[{\"name\":\"王小明\",\"share\":\"100\"}]}}";
        HttpResponse<String> response = send(ledger.commandUrl() + "/api/achievements", body);
        if (response.statusCode() / 100 != 2) {
            failures.incrementAndGet();
            return null;
        }
        commands.incrementAndGet();
        Matcher id = ID.matcher(response.body());
        return id.find() ? id.group(1) : null;
    }

    private boolean post(LedgerProcesses ledger, String path, String body, AtomicLong commands, AtomicLong failures)
            throws Exception {
        boolean ok = send(ledger.commandUrl() + path, body).statusCode() / 100 == 2;
        (ok ? commands : failures).incrementAndGet();
        return ok;
    }

    // ------------------------------------------------------------------------------------------ helpers

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String url, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    private static long serverNanos(HttpResponse<String> response) {
        return response.headers().firstValue("Server-Timing")
                       .map(timing -> Math.round(Double.parseDouble(timing.replaceAll(".*dur=", "")) * 1e6))
                       .orElse(0L);
    }

    private static long[] sorted(Queue<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static long percentile(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
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
