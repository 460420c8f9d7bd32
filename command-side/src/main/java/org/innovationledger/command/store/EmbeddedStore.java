package org.innovationledger.command.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default store: mongo-java-server with its H2 (MVStore) backend, persisting to one file under the
 * data folder. MVStore writes its changes to the file only on {@link #flush()} (and on its own timer once a
 * second), so commands wait for a flush through {@link GroupCommit} before they are acknowledged.
 */
public final class EmbeddedStore implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(EmbeddedStore.class);

    private final H2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedStore(H2Backend backend, MongoServer server, InetSocketAddress address) {
        this.backend = backend;
        this.server = server;
        this.address = address;
    }

    public static EmbeddedStore start(Path dataDir, String host, int port) {
        Path file = dataDir.resolve("ledger.mv.db");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        // Old versions of pages are kept only for concurrent readers; keep none, or the file grows without bound.
        store.setRetentionTime(0);
        H2Backend backend = new H2Backend(store);
        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        InetSocketAddress address = server.getLocalAddress();
        logger.info("Embedded store listening on {}:{}, persisting to {}", address.getHostString(), address.getPort(),
                    file.toAbsolutePath());
        return new EmbeddedStore(backend, server, address);
    }

    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    /** Writes every change made so far to the file. Survives a crash of this process (not a power failure). */
    public void flush() {
        backend.commit();
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
