package org.innovationledger.eventstore;

import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdentifierFactoryTest {

    private final TimeOrderedIdentifierFactory factory = new TimeOrderedIdentifierFactory();

    @Test
    void axonFindsItThroughTheServiceLoader() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifierFactory.class);
    }

    @Test
    void anIdentifierIsAVersion7UuidStampedWithTheMillisecondItWasDrawnIn() {
        long before = System.currentTimeMillis();
        UUID id = UUID.fromString(factory.generateIdentifier());
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void identifiersDrawnOnManyThreadsAtOnceAreAllDifferent() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        int threads = 4;
        int each = 50_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Callable<Void> draw = () -> {
                for (int i = 0; i < each; i++) {
                    seen.add(factory.generateIdentifier());
                }
                return null;
            };
            for (Future<Void> done : pool.invokeAll(Collections.nCopies(threads, draw))) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).hasSize(threads * each);
    }
}
