package org.innovationledger.query.ledger;

import org.innovationledger.api.common.Yuan;

import java.math.BigDecimal;

/**
 * Money inside the in-memory ledger: a whole number of fen (分) in a {@code long}. Sums over hundreds of thousands of
 * claims stay exact and cheap; {@link Math#addExact} refuses an overflow (at 92 trillion yuan) instead of wrapping.
 * Converted from and to {@link Yuan} at the edges, never through a floating-point number.
 */
final class Fen {

    private Fen() {
    }

    static long of(Yuan yuan) {
        return yuan.amount().movePointRight(2).longValueExact();
    }

    static Yuan toYuan(long fen) {
        return new Yuan(BigDecimal.valueOf(fen, 2));
    }
}
