package org.innovationledger.query.store;

/**
 * The persisted views — studios, alliances, patents and achievements with their histories and studio copies — are
 * kept by one pooled processor: each event is read and deserialized once for all of them, and the writes of a batch
 * are made together ({@link ViewBatch}). The in-memory ledger has its own processor (ADR 0007).
 */
public final class PersistedViews {

    /** The processing group (and processor) of every persisted view; its tokens are in {@code tracking_tokens}. */
    public static final String PROCESSING_GROUP = "views";

    private PersistedViews() {
    }
}
