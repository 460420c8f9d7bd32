package org.innovationledger.query.ledger;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.innovationledger.query.web.WarmingUpException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
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
    private final LedgerIndex index;
    private final StudioRatings ratings;
    private volatile boolean ready;

    LedgerIndexStatus(EventProcessingConfiguration processing, LedgerIndex index, StudioRatings ratings) {
        this.processing = processing;
        this.index = index;
        this.ratings = ratings;
    }

    /**
     * Ready once the processor has caught up and every studio's stars for this year and the two before are cached —
     * what this year's and last year's dashboards show, each beside the year before — so that the first dashboard
     * after a start is as fast as the next.
     */
    boolean isReady() {
        if (!ready && caughtUp()) {
            warmUp();
        }
        return ready;
    }

    private boolean caughtUp() {
        return processor().map(TrackingEventProcessor::processingStatus)
                          .filter(status -> !status.isEmpty())
                          .map(status -> status.values().stream().allMatch(EventTrackerStatus::isCaughtUp))
                          .orElse(false);
    }

    private synchronized void warmUp() {
        if (!ready) {
            int year = LocalDate.now(RatingQueries.CHINA).getYear();
            index.read(ledger -> {
                ratings.warm(ledger, year, year - 1, year - 2);
                return null;
            });
            ready = true;
        }
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
