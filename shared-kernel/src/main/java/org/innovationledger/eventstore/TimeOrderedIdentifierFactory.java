package org.innovationledger.eventstore;

import org.axonframework.common.IdentifierFactory;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Axon's message identifiers (消息标识) as time-ordered UUIDs, version 7 of RFC 9562: 48 bits of Unix milliseconds,
 * then 74 random bits from the calling thread's own generator.
 * <p>
 * Axon's default draws a version-4 UUID from {@code SecureRandom} for every message: every command, every event and
 * the result of handling each event. That is one lock for all threads, and each draw reads the system's random
 * source. It was 18 % of the in-memory ledger's time in a replay, and command threads waited up to 0.2 s for the
 * lock under load (issue 6 profiles). Message identifiers must be unique, not unpredictable: nothing secret is derived
 * from them. Two collide only when drawn in the same millisecond with the same 74 random bits.
 * <p>
 * Axon finds this class with {@link java.util.ServiceLoader} ({@code META-INF/services}) in every process that has
 * the shared kernel on its class path.
 */
public final class TimeOrderedIdentifierFactory extends IdentifierFactory {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;

    @Override
    public String generateIdentifier() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = System.currentTimeMillis() << 16 | VERSION_7 | random.nextLong() & 0x0FFFL;
        long leastSignificant = VARIANT_RFC | random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
