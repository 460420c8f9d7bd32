package org.innovationledger.command.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The embedded default store: mongo-java-server with its H2 (MVStore) backend, persisting to one file under the
 * data folder. MVStore's own background commit is off (it contends with every write, halving the insert rate);
 * instead the store is flushed when a command needs it ({@link GroupCommit}) and, for everything else written
 * here (views, tokens), by a background flush every {@value #BACKGROUND_FLUSH_MILLIS} ms.
 */
public final class EmbeddedStore implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(EmbeddedStore.class);
    static final long BACKGROUND_FLUSH_MILLIS = 1000;
    /**
     * How much changed data MVStore keeps in memory before a writer must write it to the file itself, between two
     * flushes. H2's default (about 19 MB) made the writers of a replay's views write pages several times a second,
     * rewriting the same index and inner pages each time (issue 6 profile).
     */
    private static final int UNSAVED_KILOBYTES = 64 * 1024;

    private final MVStore mvStore;
    private final H2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final ScheduledExecutorService backgroundFlush;

    private EmbeddedStore(MVStore mvStore, H2Backend backend, MongoServer server, InetSocketAddress address) {
        this.mvStore = mvStore;
        this.backend = backend;
        this.server = server;
        this.address = address;
        this.backgroundFlush = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-store-flush");
            thread.setDaemon(true);
            return thread;
        });
        backgroundFlush.scheduleWithFixedDelay(this::flushIfChanged, BACKGROUND_FLUSH_MILLIS,
                                               BACKGROUND_FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The page cache when none is given, as {@code ledger.store.embedded-cache} has it by default. */
    static final DataSize DEFAULT_CACHE = DataSize.ofMegabytes(64);

    public static EmbeddedStore start(Path dataDir, String host, int port) {
        return start(dataDir, host, port, DEFAULT_CACHE);
    }

    /**
     * @param cache how much of the store's pages MVStore keeps in memory (H2's default of 16 MB had a replay reading
     *              the same pages back from the file again and again)
     */
    public static EmbeddedStore start(Path dataDir, String host, int port, DataSize cache) {
        Path file = dataDir.resolve("ledger.mv.db");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled()
                                               .cacheSize((int) Math.max(1, cache.toMegabytes()))
                                               .autoCommitBufferSize(UNSAVED_KILOBYTES).open();
        // Old versions of pages are kept only for concurrent readers; keep none, or the file grows without bound.
        store.setRetentionTime(0);
        H2Backend backend = new TypedH2Backend(store);
        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        InetSocketAddress address = server.getLocalAddress();
        logger.info("Embedded store listening on {}:{}, persisting to {}", address.getHostString(), address.getPort(),
                    file.toAbsolutePath());
        return new EmbeddedStore(store, backend, server, address);
    }

    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    /** Writes every change made so far to the file. Survives a crash of this process (not a power failure). */
    public void flush() {
        backend.commit();
    }

    private void flushIfChanged() {
        try {
            if (mvStore.hasUnsavedChanges()) {
                flush();
            }
        } catch (RuntimeException e) {
            logger.warn("Background flush of the embedded store failed; the next one retries", e);
        }
    }

    @Override
    public void close() {
        backgroundFlush.shutdownNow();
        server.shutdownNow();
        backend.close();
    }
}
