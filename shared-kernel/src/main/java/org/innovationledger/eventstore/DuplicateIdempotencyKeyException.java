package org.innovationledger.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * A commit carried an idempotency key that an earlier commit already used: the request was applied before, and this
 * attempt stored nothing. Look the first commit up with {@link MongoEventStorageEngine#findCommitByIdempotencyKey}.
 */
public class DuplicateIdempotencyKeyException extends EventStoreException {

    private final String idempotencyKey;

    public DuplicateIdempotencyKeyException(String idempotencyKey) {
        super("A commit with idempotency key [" + idempotencyKey + "] is already stored");
        this.idempotencyKey = idempotencyKey;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }
}
