package org.innovationledger.query.ledger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells open dashboards that the ledger moved (server-sent events): every {@link #CHECK_EVERY} it compares the
 * ledger's change count with the last one sent and, if it grew, sends a {@code ledger-changed} event with the new
 * count to every subscriber, which then reads the dashboard again. A change reaches an open page within the
 * ledger's own lag plus at most one check; a burst of changes becomes one event. A comment every
 * {@link #KEEP_ALIVE} keeps idle connections open through proxies.
 */
@Component
class LedgerChanges {

    static final Duration CHECK_EVERY = Duration.ofMillis(200);
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final Duration SUBSCRIPTION = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(LedgerChanges.class);

    private final LedgerIndex index;
    private final LedgerIndexStatus status;
    private final List<SseEmitter> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ledger-changes");
        thread.setDaemon(true);
        return thread;
    });
    private long lastSent = -1;
    private long checks;

    LedgerChanges(LedgerIndex index, LedgerIndexStatus status) {
        this.index = index;
        this.status = status;
        timer.scheduleWithFixedDelay(this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                                     TimeUnit.MILLISECONDS);
    }

    /** A new subscription; it first receives the current count, so a page knows where it stands. */
    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(SUBSCRIPTION.toMillis());
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(error -> subscribers.remove(emitter));
        subscribers.add(emitter);
        send(emitter, SseEmitter.event().name("ledger-changed").data(position(), MediaType.APPLICATION_JSON));
        return emitter;
    }

    private void check() {
        try {
            checks++;
            long now = index.changes();
            if (now != lastSent && status.isReady()) {
                lastSent = now;
                for (SseEmitter emitter : subscribers) {
                    send(emitter, SseEmitter.event().name("ledger-changed").data(position(),
                                                                                MediaType.APPLICATION_JSON));
                }
            } else if (checks % (KEEP_ALIVE.toMillis() / CHECK_EVERY.toMillis()) == 0) {
                for (SseEmitter emitter : subscribers) {
                    send(emitter, SseEmitter.event().comment("keep-alive"));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not tell open dashboards about a change: {}", e.toString());
        }
    }

    private java.util.Map<String, Object> position() {
        return java.util.Map.of("position", index.changes(), "ready", status.isReady());
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(emitter); // the page went away
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        subscribers.forEach(SseEmitter::complete);
    }
}
