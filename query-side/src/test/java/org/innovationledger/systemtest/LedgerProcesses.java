package org.innovationledger.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Both applications as separate processes from their jars, on one embedded store in a folder of their own — the
 * way {@code ./ledger start} runs them. The command side hosts the store; killing it with SIGKILL is a crash of
 * the store's process.
 */
final class LedgerProcesses implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    /** The collector {@code ./ledger start} gives both processes ({@code LEDGER_JVM_OPTIONS}' default). */
    private static final String COLLECTOR = "-XX:+UseParallelGC";
    /** Quick to start, for tests: no optimising compiler, a small heap. */
    private static final List<String> TEST_JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");

    private final Path workDir;
    private final Path dataDir;
    private final int commandPort = freePort();
    private final int queryPort = freePort();
    private final int storePort = freePort();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> commandOptions = new ArrayList<>();
    private Process command;
    private Process query;
    private int starts;

    private LedgerProcesses(Path workDir) {
        this.workDir = workDir;
        this.dataDir = workDir.resolve("data");
    }

    /**
     * JVM options for a benchmark's process: {@code heap} and the options the system property {@code property} gives,
     * separated by spaces (e.g. {@code -Dbench.queryOptions=-Dledger.store.shared-read-ahead=0}); a later {@code -Xmx}
     * wins.
     */
    static List<String> benchmarkOptions(String heap, String property) {
        List<String> options = new ArrayList<>(List.of(heap));
        for (String option : System.getProperty(property, "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return options;
    }

    static LedgerProcesses inFreshFolder(String name) {
        Path root = Path.of(System.getProperty("ledger.workDir", "target/system-tests"));
        try {
            return new LedgerProcesses(Files.createDirectories(root.resolve(name + "-" + System.nanoTime())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On the store an earlier run left in {@code workDir} (its {@code data} folder). */
    static LedgerProcesses inFolder(Path workDir) {
        return new LedgerProcesses(workDir);
    }

    /** Options given to every later start of the command side, e.g. {@code --ledger.demo.enabled=true}. */
    LedgerProcesses withCommandSideOptions(String... options) {
        commandOptions.addAll(List.of(options));
        return this;
    }

    LedgerProcesses start() {
        startCommandSide();
        startQuerySide();
        return this;
    }

    void startCommandSide() {
        startCommandSide(TEST_JVM);
    }

    void startCommandSide(List<String> jvmOptions) {
        startCommandSide(jvmOptions, START_TIMEOUT);
    }

    /** Starts the command side waiting up to {@code timeout}: opening a store of millions of events takes minutes. */
    void startCommandSide(List<String> jvmOptions, Duration timeout) {
        List<String> options = new ArrayList<>(List.of("--ledger.store.data-dir=" + dataDir,
                                                       "--ledger.store.embedded-port=" + storePort));
        options.addAll(commandOptions);
        command = launch("command", jar("ledger.commandJar"), commandPort, jvmOptions, timeout,
                         options.toArray(String[]::new));
    }

    void startQuerySide() {
        query = launch("query", jar("ledger.queryJar"), queryPort, TEST_JVM, START_TIMEOUT,
                       "--ledger.store.uri=" + storeUri());
    }

    /** Starts the query side as production would run it, waiting up to {@code timeout} for it to be healthy. */
    void startQuerySide(List<String> jvmOptions, Duration timeout) {
        query = launch("query", jar("ledger.queryJar"), queryPort, jvmOptions, timeout,
                       "--ledger.store.uri=" + storeUri());
    }

    String storeUri() {
        return "mongodb://127.0.0.1:" + storePort + "/ledger";
    }

    String commandUrl() {
        return "http://127.0.0.1:" + commandPort;
    }

    String queryUrl() {
        return "http://127.0.0.1:" + queryPort;
    }

    /** Stops both applications as Ctrl-C would (SIGTERM), query side first. */
    void stop() {
        stopGracefully(query);
        stopGracefully(command);
    }

    /** Stops the query side as Ctrl-C would (SIGTERM). */
    void stopQuerySide() {
        stopGracefully(query);
    }

    /** SIGKILL for the command side, which hosts the store: nothing gets a chance to flush. */
    void killCommandSide() {
        kill(command);
    }

    void killQuerySide() {
        kill(query);
    }

    /** The CPU time the query side's process has used since it was launched (for benchmarks). */
    Duration queryCpu() {
        return cpu(query);
    }

    /** The CPU time the command side's process — which hosts the embedded store — has used since it was launched. */
    Duration commandCpu() {
        return cpu(command);
    }

    private static Duration cpu(Process process) {
        return process == null ? Duration.ZERO : process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() {
        kill(query);
        kill(command);
    }

    private Process launch(String name, Path jar, int port, List<String> jvmOptions, Duration timeout,
                           String... options) {
        List<String> commandLine = new ArrayList<>();
        commandLine.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        commandLine.add(COLLECTOR);
        commandLine.addAll(jvmOptions);
        commandLine.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--logging.level.root=WARN"));
        commandLine.addAll(List.of(options));
        Path log = workDir.resolve(name + "-" + (++starts) + ".log");
        try {
            Process process = new ProcessBuilder(commandLine).redirectErrorStream(true)
                                                             .redirectOutput(log.toFile()).start();
            try {
                awaitHealthy(name, process, port, log, timeout);
            } catch (RuntimeException notHealthy) {
                process.destroyForcibly(); // never leave a half-started process holding the store's files
                throw notHealthy;
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy(String name, Process process, int port, Path log, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                        .timeout(Duration.ofSeconds(3)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The " + name + " side exited while starting; see " + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("The " + name + " side did not become healthy in time; see " + log);
    }

    private static void stopGracefully(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill(process);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void kill(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path jar(String property) {
        String location = System.getProperty(property);
        if (location == null || !Files.isRegularFile(Path.of(location))) {
            throw new IllegalStateException("System property " + property + " must name a built jar (got "
                                                    + location + "); run the tests with ./mvnw verify from the top");
        }
        return Path.of(location);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
