package org.innovationledger.command.demo;

import org.innovationledger.api.common.AuditMetaData;
import org.innovationledger.command.demo.DemoPlan.Chain;
import org.innovationledger.command.demo.DemoPlan.Phase;
import org.innovationledger.command.demo.DemoPlan.Save;
import org.innovationledger.command.demo.DemoPlan.Step;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.innovationledger.eventstore.StoredCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the demo county ({@code ./ledger start --demo}, property {@code ledger.demo.enabled=true}) once the command
 * side is ready, through its own HTTP API, so that every rule and audit field applies as for a user.
 * <ul>
 *     <li>Idempotent: every request carries an Idempotency-Key derived from its step, so a second run writes
 *     nothing; when the demo's last step is already stored, the loader does not even start.</li>
 *     <li>Deterministic: a fixed seed; dates that must be near "today" (patent deadlines and fees) count back from
 *     the day the demo was first loaded on this store, which the demo's correlation id records.</li>
 *     <li>A refused step is a bug in the demo: the load stops, says which step and why, and the health of the
 *     command side reports it ({@code components.demo}).</li>
 * </ul>
 */
@Component("demoHealthIndicator")
@ConditionalOnProperty(name = "ledger.demo.enabled", havingValue = "true")
class DemoLoader implements HealthIndicator {

    enum State { WAITING, LOADING, LOADED, ALREADY_LOADED, FAILED }

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final String CORRELATION_PREFIX = "demo-county-";

    private final MongoEventStorageEngine eventStore;
    private final JsonMapper json;
    private final int concurrency;
    private volatile State state = State.WAITING;
    private volatile String summary = "";
    private volatile String phase = "";

    DemoLoader(MongoEventStorageEngine eventStore, JsonMapper json,
               @Value("${ledger.demo.concurrency:4}") int concurrency) {
        this.eventStore = eventStore;
        this.json = json;
        this.concurrency = Math.max(1, concurrency);
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
        Thread loader = new Thread(() -> load("http://127.0.0.1:" + port), "demo-loader");
        loader.setDaemon(true);
        loader.start();
    }

    @Override
    public Health health() {
        Health.Builder health = state == State.FAILED ? Health.down() : Health.up();
        return health.withDetail("state", state.name()).withDetail("phase", phase).withDetail("summary", summary)
                     .build();
    }

    private void load(String baseUrl) {
        long started = System.nanoTime();
        if (stored(DemoCounty.lastKey()).isPresent()) {
            state = State.ALREADY_LOADED;
            summary = "the demo county is already loaded on this store";
            log.info("Demo county: already loaded on this store; nothing to do.");
            return;
        }
        state = State.LOADING;
        LocalDate today = stored(DemoCounty.firstKey()).map(DemoLoader::firstLoadedOn).orElseGet(LocalDate::now);
        DemoCounty county = DemoCounty.invent(today);
        DemoApi api = new DemoApi(json, baseUrl, CORRELATION_PREFIX + today);
        log.info("Demo county: loading 青岚县 (as of {}) through the command API…", today);
        Map<String, String> ids = new ConcurrentHashMap<>();
        List<String> skipped = new ArrayList<>();
        try {
            for (Phase next : county.phases()) {
                phase = next.name();
                long phaseStarted = System.nanoTime();
                if (!run(next, api, ids)) {
                    skipped.add(next.name());
                    continue;
                }
                log.info("Demo county: {} done ({} requests, {} ms)", next.name(), next.steps(),
                         Duration.ofNanos(System.nanoTime() - phaseStarted).toMillis());
            }
        } catch (DemoApi.StepRefused e) {
            state = State.FAILED;
            summary = e.getMessage();
            log.error("Demo county NOT loaded — a bug in the demo: {}", e.getMessage());
            return;
        } catch (RuntimeException e) {
            state = State.FAILED;
            summary = e.toString();
            log.error("Demo county NOT loaded", e);
            return;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        summary = county.describe() + (skipped.isEmpty() ? "" : "; skipped: " + String.join(", ", skipped))
                + "; " + api.requests() + " requests (" + api.replays() + " replayed) in "
                + elapsed.toMillis() / 100 / 10.0 + " s";
        phase = "";
        state = State.LOADED;
        log.info("Demo county loaded: {}", summary);
    }

    /** Runs the chains of a phase side by side; false if the phase's endpoints are not available here. */
    private boolean run(Phase phase, DemoApi api, Map<String, String> ids) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, phase.chains().size()));
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Chain chain : phase.chains()) {
                results.add(pool.submit(() -> failure.get() == null && run(chain, api, ids, failure)));
            }
            boolean available = true;
            for (Future<Boolean> result : results) {
                available &= result.get();
            }
            if (failure.get() != null) {
                throw failure.get();
            }
            return available;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean run(Chain chain, DemoApi api, Map<String, String> ids, AtomicReference<RuntimeException> failure) {
        try {
            for (Step step : chain.steps()) {
                if (failure.get() != null) {
                    return true;
                }
                String path = step.resolvedPath(ids);
                Object body = step.resolvedBody(ids);
                Optional<DemoApi.Written> written = step.optional() ? api.postIfAvailable(step.key(), path, body)
                        : Optional.of(step.method().equals("PUT") ? api.put(step.key(), path, body)
                                                                   : api.post(step.key(), path, body));
                if (written.isEmpty()) {
                    log.info("Demo county: skipped: {} not available ({} {} answered 404)", chain.name(),
                             step.method(), step.path());
                    return false;
                }
                if (step.save() == Save.ID) {
                    ids.put(step.saveAs(), written.get().id());
                } else if (step.save() == Save.ENTITY_ID) {
                    ids.put(step.saveAs(), written.get().entityId());
                }
            }
            return true;
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
            return true;
        }
    }

    private Optional<StoredCommit> stored(String key) {
        return eventStore.findCommitByIdempotencyKey(AuditMetaData.ANONYMOUS + ":" + key);
    }

    /** The day the demo was first loaded on this store, from the correlation id its first request carried. */
    private static LocalDate firstLoadedOn(StoredCommit commit) {
        Object correlationId = commit.metaData().get(AuditMetaData.CORRELATION_ID);
        if (correlationId instanceof String text && text.startsWith(CORRELATION_PREFIX)) {
            try {
                return LocalDate.parse(text.substring(CORRELATION_PREFIX.length()));
            } catch (RuntimeException e) {
                return LocalDate.now();
            }
        }
        return LocalDate.now();
    }
}
