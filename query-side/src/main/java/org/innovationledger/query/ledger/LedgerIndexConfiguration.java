package org.innovationledger.query.ledger;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.innovationledger.query.axon.HandledEventsMonitor;
import org.innovationledger.query.axon.SharedEventSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The in-memory ledger's processor: a tracking processor of this instance alone, with one segment, one thread and
 * its token in memory. Every instance builds its own ledger from the first event when it starts and follows the
 * stream from then on (ADR 0007); nothing of it is shared, so it needs no claim and no guard.
 */
@Configuration(proxyBeanMethods = false)
class LedgerIndexConfiguration {

    static final String PROCESSING_GROUP = "ledger-index";
    /** Large batches while catching up: the handlers only touch memory. */
    private static final int BATCH_SIZE = 1000;
    /**
     * How long the processor waits for a new event before it asks the store again. Axon's default, 1 s, put half a
     * second of lag on average between a command and the ledger (issue 6 benchmark): the store is in another process
     * and cannot wake the processor, so it is asked as often as the event store polls ({@code fetch-delay}).
     */
    private static final Duration EVENT_AVAILABILITY_TIMEOUT = Duration.ofMillis(50);

    /**
     * Reads the stream with the persisted views where they are at the same place (a full replay). The source is
     * looked up when the processor is built: it depends on Axon's configuration, which this method is part of.
     */
    @Autowired
    void ledgerIndexProcessor(EventProcessingConfigurer processing, ObjectProvider<SharedEventSource> events) {
        processing.registerTokenStore(PROCESSING_GROUP, configuration -> new InMemoryTokenStore())
                  .registerTrackingEventProcessor(
                          PROCESSING_GROUP,
                          configuration -> events.getObject(),
                          configuration -> TrackingEventProcessorConfiguration
                                  .forSingleThreadedProcessing()
                                  .andBatchSize(BATCH_SIZE)
                                  .andEventAvailabilityTimeout(EVENT_AVAILABILITY_TIMEOUT.toMillis(),
                                                               TimeUnit.MILLISECONDS)
                                  .andInitialTrackingToken(StreamableMessageSource::createTailToken));
    }

    /** Counts the ledger's events instead of timing each one (HandledEventsMonitor says why). */
    @Bean
    ConfigurerModule ledgerIndexMonitor(MeterRegistry registry) {
        return HandledEventsMonitor.on(PROCESSING_GROUP, registry);
    }
}
