package org.innovationledger.systemtest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.innovationledger.eventstore.LedgerSerializers;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's target: a full replay of all persisted projections at 10,000 events/s or more. Imports the history of
 * {@link BenchmarkHistory} (about {@code bench.replayEvents} events, default 200,000) into the embedded store, then
 * {@code bench.rounds} times (default 3): drops every view and tracking token — as {@link ReplayIT} does — starts the
 * query side as production runs it, and times until every persisted processor's token has reached the head of the
 * store. Reported per round: events ÷ seconds from the launch of the query side (JVM start included) and from its
 * first stored token (processing alone), and the CPU time the query side (JVM start, in-memory ledger and persisted
 * views) and the store's process used meanwhile — on a machine shared with other work, wall time alone says little.
 * The in-memory ledger rebuilds alongside, as at every start.
 * Run it with {@code ./ledger bench replay}; it writes {@code target/replay-benchmark.md}.
 */
@Tag("benchmark")
class PersistedReplayBenchmarkIT {

    private static final long EVENTS = Long.getLong("bench.replayEvents", 200_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /** Extra JVM options of the query side, e.g. {@code -Daxon.eventhandling.processors.views.batch-size=1000}. */
    private static final List<String> QUERY_JVM = LedgerProcesses.benchmarkOptions("-Xmx2g", "bench.queryOptions");
    /** Extra JVM options of the store's process (the command side), e.g. {@code -Dledger.store.embedded-cache=256MB}. */
    private static final List<String> STORE_JVM = LedgerProcesses.benchmarkOptions("-Xmx1g", "bench.storeOptions");
    private static final Path REPORT = Path.of("target/replay-benchmark.md");

    private final StringBuilder report = new StringBuilder();

    @Test
    void persistedViewsRebuildFromZero() throws Exception {
        BenchmarkHistory history = BenchmarkHistory.ofAboutEvents(EVENTS, new Random(42));
        try (LedgerProcesses ledger = LedgerProcesses.inFreshFolder("replay-benchmark");
             MongoClient client = MongoClients.create(ledger.storeUri())) {
            ledger.startCommandSide(STORE_JVM);
            MongoDatabase database = client.getDatabase("ledger");
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database)
                    .eventSerializer(LedgerSerializers.messages())
                    .snapshotSerializer(LedgerSerializers.snapshots())
                    .ensureSchema(false).build();
            long started = System.nanoTime();
            long events = history.seed(engine);
            long head = engine.createHeadToken().getIndex();
            if (QUERY_JVM.size() > 1) {
                line("Query side JVM options: %s", String.join(" ", QUERY_JVM));
            }
            if (STORE_JVM.size() > 1) {
                line("Store (command side) JVM options: %s", String.join(" ", STORE_JVM));
            }
            line("Imported %,d events (%,d studios, %,d alliances, %,d achievements) in %.0f s.", events,
                 history.studioCount, history.allianceCount, history.achievementCount, seconds(started));
            report.append("\n| round | from launch s | events/s | from first token s | events/s "
                                  + "| query side healthy (in-memory ledger) s | CPU s: query side | store "
                                  + "| events per CPU s |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            List<Double> rates = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                ledger.stopQuerySide();
                dropViewsAndTokens(database);
                Duration storeCpuBefore = ledger.commandCpu();
                long launched = System.nanoTime();
                CompletableFuture<Long> firstToken = CompletableFuture.supplyAsync(() -> firstTokenStored(database));
                ledger.startQuerySide(QUERY_JVM, Duration.ofMinutes(20));
                double healthy = seconds(launched);
                BenchmarkHistory.awaitPersistedProjections(database, head, Duration.ofMinutes(60), 100);
                double fromLaunch = seconds(launched);
                double fromFirstToken = (System.nanoTime() - firstToken.get(1, TimeUnit.MINUTES)) / 1e9;
                double queryCpu = ledger.queryCpu().toMillis() / 1e3;
                double storeCpu = ledger.commandCpu().minus(storeCpuBefore).toMillis() / 1e3;
                rates.add(events / fromLaunch);
                report.append(String.format(Locale.ROOT, "| %d | %.1f | %,.0f | %.1f | %,.0f | %.1f | %.1f | %.1f "
                                                          + "| %,.0f |%n", round,
                                            fromLaunch, events / fromLaunch, fromFirstToken,
                                            events / fromFirstToken, healthy, queryCpu, storeCpu,
                                            events / (queryCpu + storeCpu)));
                System.out.printf(Locale.ROOT, "round %d: %.1f s from launch (%,.0f events/s), %.1f s from the "
                                          + "first token (%,.0f events/s)%n", round, fromLaunch, events / fromLaunch,
                                  fromFirstToken, events / fromFirstToken);
            }
            line("%nMedian of %d rounds, from launch: %,.0f events/s.", ROUNDS,
                 rates.stream().sorted().toList().get(rates.size() / 2));
            Files.writeString(REPORT, report.toString());
            System.out.println(report);
            assertThat(rates).allMatch(rate -> rate > 0);
        }
    }

    /** As {@link ReplayIT} does: every collection but the events' own. */
    private static void dropViewsAndTokens(MongoDatabase database) {
        for (String collection : database.listCollectionNames()) {
            if (!collection.startsWith("event_")) {
                database.getCollection(collection).drop();
            }
        }
    }

    /** When the first tracking token appears in the store (polled every 20 ms): the processors have started. */
    private static long firstTokenStored(MongoDatabase database) {
        while (database.getCollection("tracking_tokens").countDocuments() == 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return System.nanoTime();
    }

    private void line(String format, Object... arguments) {
        String text = String.format(Locale.ROOT, format, arguments);
        report.append(text).append('\n');
        System.out.println(text);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
