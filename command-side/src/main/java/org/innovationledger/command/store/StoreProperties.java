package org.innovationledger.command.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the events live. With a {@code uri} (MONGODB_URI) the app uses that MongoDB; without one it hosts the
 * embedded default: a MongoDB-protocol server in this process, persisting under {@code dataDir}, listening on
 * {@code embeddedHost:embeddedPort} so the query side can connect to it, keeping up to {@code embeddedCache} of
 * recently used documents and index pages in memory.
 */
@ConfigurationProperties("ledger.store")
public record StoreProperties(String uri, String database, Path dataDir, String embeddedHost, int embeddedPort,
                              DataSize embeddedCache, Duration gapTimeout, String writeConcern) {

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
