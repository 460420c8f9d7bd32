package org.innovationledger.eventstore;

import org.axonframework.messaging.MetaData;

/**
 * What a stored commit says about itself: which aggregate it changed, the aggregate's version after it, and the
 * meta-data of its first event (who, correlation, idempotency key).
 */
public record StoredCommit(long position, String aggregateType, String aggregateIdentifier, long lastSequenceNumber,
                           MetaData metaData) {
}
