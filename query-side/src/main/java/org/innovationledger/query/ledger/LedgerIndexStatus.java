package org.innovationledger.query.ledger;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.innovationledger.query.web.WarmingUpException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * Whether the in-memory ledger has read the stream to its end once since the instance started: until then a list
 * or a total would be missing records, so the reads answer 503 with Retry-After instead
 * ({@link WarmingUpException}) and health is OUT_OF_SERVICE. Once caught up it stays ready; from then on it lags the
 * stream by about the fetch delay.
 */
@Component
class LedgerIndexStatus implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private volatile boolean ready;

    LedgerIndexStatus(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    boolean isReady() {
        if (!ready) {
            ready = processor().map(TrackingEventProcessor::processingStatus)
                               .filter(status -> !status.isEmpty())
                               .map(status -> status.values().stream().allMatch(EventTrackerStatus::isCaughtUp))
                               .orElse(false);
        }
        return ready;
    }

    /** @throws WarmingUpException still reading the stream for the first time */
    void ensureReady() {
        if (!isReady()) {
            throw new WarmingUpException("ledger index", position());
        }
    }

    @Override
    public Health health() {
        Health.Builder health = isReady() ? Health.up() : Health.outOfService();
        return health.withDetail("processor", LedgerIndexConfiguration.PROCESSING_GROUP)
                     .withDetail("position", position()).build();
    }

    private long position() {
        return processor().map(TrackingEventProcessor::processingStatus).map(Map::values)
                          .flatMap(status -> status.stream().findFirst())
                          .flatMap(status -> status.getCurrentPosition().stream().boxed().findFirst())
                          .orElse(-1L);
    }

    private Optional<TrackingEventProcessor> processor() {
        return processing.eventProcessor(LedgerIndexConfiguration.PROCESSING_GROUP, TrackingEventProcessor.class);
    }
}
