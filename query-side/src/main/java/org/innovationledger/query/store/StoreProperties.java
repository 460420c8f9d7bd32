package org.innovationledger.query.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The store the query side reads events from and keeps its views and tracking tokens in: the command side's
 * embedded store by default, or the MongoDB given by MONGODB_URI.
 *
 * @param database  used when the connection string names no database
 * @param nodeId    this instance's name in the token store (which instance owns which projection segment)
 * @param fetchDelay how long the event store waits before polling again once it has caught up
 * @param sharedReadAhead how many events the processors of one instance that read the stream together may be apart
 *                        ({@code SharedEventSource}); 0 lets each read its own stream
 */
@ConfigurationProperties("ledger.store")
public record StoreProperties(String uri, String database, String nodeId, Duration fetchDelay, int sharedReadAhead) {
}
