package org.innovationledger.query.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Reads a view at least as new as a version the client saw in a command's answer ({@code ?minVersion=}): polls
 * the view by id until it has caught up, for at most {@code ledger.query.max-wait}, then gives up with
 * {@link ProjectionBehindException} (503, retry later). This is how a client reads its own writes.
 */
@Component
public class ReadAfterWrite {

    static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private final Duration maxWait;

    public ReadAfterWrite(@Value("${ledger.query.max-wait}") Duration maxWait) {
        this.maxWait = maxWait;
    }

    /**
     * @param what          the kind of record, for the 404 message
     * @param minVersion    the version the caller needs, or null to take whatever the view has
     * @param maxWaitMillis how long the caller is willing to wait, or null for the configured maximum
     * @param lookup        reads the view by id
     */
    public <T> T read(String what, String id, Long minVersion, Long maxWaitMillis, Supplier<Optional<T>> lookup,
                      ToLongFunction<T> versionOf) {
        if (minVersion == null) {
            return lookup.get().orElseThrow(() -> new NotFoundException(what, id));
        }
        if (minVersion < 0) {
            throw new InvalidQueryException("minVersion", "minVersion must be 0 or more");
        }
        long deadline = System.nanoTime() + waitFor(maxWaitMillis).toNanos();
        Optional<T> view = lookup.get();
        while (view.map(versionOf::applyAsLong).orElse(-1L) < minVersion) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0 || !pause(Math.min(remaining, POLL_INTERVAL.toNanos()))) {
                throw new ProjectionBehindException(id, minVersion, view.map(versionOf::applyAsLong).orElse(-1L));
            }
            view = lookup.get();
        }
        return view.get();
    }

    private Duration waitFor(Long maxWaitMillis) {
        if (maxWaitMillis == null) {
            return maxWait;
        }
        if (maxWaitMillis < 0) {
            throw new InvalidQueryException("maxWait", "maxWait must be 0 or more milliseconds");
        }
        Duration asked = Duration.ofMillis(maxWaitMillis);
        return asked.compareTo(maxWait) < 0 ? asked : maxWait;
    }

    private static boolean pause(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
