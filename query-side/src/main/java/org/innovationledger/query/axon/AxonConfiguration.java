package org.innovationledger.query.axon;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.innovationledger.eventstore.LedgerSerializers;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.innovationledger.query.store.PersistedViews;
import org.innovationledger.query.store.StoreProperties;
import org.innovationledger.query.store.ViewBatch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Duration;
import java.util.Map;

/**
 * Axon on the query side: the same serializers and event storage engine as the command side (read only here),
 * a tail-following event store that polls every {@code fetchDelay}, and tracking tokens in MongoDB.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /**
     * How long the processor ahead in a shared read waits for one that does not move at all before it reads on
     * alone. Longer than the views take for a batch of 2,000 events in a replay (a few hundred milliseconds).
     */
    private static final Duration SHARED_READ_PATIENCE = Duration.ofSeconds(5);

    @Bean
    @Primary
    Serializer serializer() {
        return LedgerSerializers.messages();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return LedgerSerializers.messages();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return LedgerSerializers.messages();
    }

    /**
     * No correlation data: the handlers here send no messages that could carry it. Axon's default provider (in place
     * when no other is declared) read every event's metadata for the result of handling it, so the in-memory ledger,
     * whose handlers never look at metadata, deserialized it for every event: a fifth of its time in a replay
     * (issue 6 profile).
     */
    @Bean
    CorrelationDataProvider noCorrelationData() {
        return message -> Map.of();
    }

    /** Reads only: the command side declares the indexes and the position counter. */
    @Bean
    MongoEventStorageEngine eventStorageEngine(MongoDatabase ledgerDatabase,
                                               org.axonframework.config.Configuration configuration) {
        return MongoEventStorageEngine.builder()
                                      .database(ledgerDatabase)
                                      .eventSerializer(LedgerSerializers.messages())
                                      .snapshotSerializer(LedgerSerializers.snapshots())
                                      .upcasterChain(configuration.upcasterChain())
                                      .ensureSchema(false)
                                      .build();
    }

    /**
     * Each processor reads its own stream from the engine. Axon's shared cache of recent events finds a resume point
     * by token equality, and the events of one commit share a token (ADR 0003), so it would replay the rest of a
     * commit after a restart; the engine's own reads do not.
     */
    @Bean(name = {"eventStore", "eventBus"})
    EmbeddedEventStore eventStore(EventStorageEngine eventStorageEngine, StoreProperties properties,
                                  org.axonframework.config.Configuration configuration) {
        return EmbeddedEventStore.builder()
                                 .storageEngine(eventStorageEngine)
                                 .fetchDelay(properties.fetchDelay().toMillis())
                                 .optimizeEventConsumption(false)
                                 .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                                 .build();
    }

    /**
     * What this instance's processors read: the event store, read once for those at the same place in the stream
     * ({@link SharedEventSource}), or the store itself when {@code ledger.store.shared-read-ahead} is 0.
     */
    @Bean(destroyMethod = "close")
    SharedEventSource sharedEventSource(EventStore eventStore, StoreProperties properties) {
        return properties.sharedReadAhead() > 0
                ? SharedEventSource.over(eventStore, properties.sharedReadAhead(), SHARED_READ_PATIENCE)
                : SharedEventSource.notShared(eventStore);
    }

    /** What the persisted views' pooled processor reads ({@link PolledEventSource} says why not the source itself). */
    @Bean(destroyMethod = "close")
    PolledEventSource viewsEventSource(SharedEventSource events, StoreProperties properties) {
        return new PolledEventSource(events, properties.fetchDelay());
    }

    /**
     * A projection that fails on an event must not skip it (Axon's default logs and moves on, leaving the view
     * silently wrong): the error stops the segment, which backs off and retries the batch. Views are idempotent,
     * so the retry is safe.
     */
    @Autowired
    void retryFailedEvents(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /** The persisted views write a batch of events at once, after its last event and before its token (ViewBatch). */
    @Autowired
    void batchViewWrites(EventProcessingConfigurer processing) {
        processing.registerHandlerInterceptor(PersistedViews.PROCESSING_GROUP,
                                              configuration -> ViewBatch.interceptor());
    }

    /** Counts the persisted views' events instead of timing each one (HandledEventsMonitor says why). */
    @Bean
    ConfigurerModule viewsMonitor(MeterRegistry registry) {
        return HandledEventsMonitor.on(PersistedViews.PROCESSING_GROUP, registry);
    }

    @Bean
    TokenStore tokenStore(MongoDatabase ledgerDatabase, StoreProperties properties) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder()
                                                                 .mongoDatabase(ledgerDatabase)
                                                                 .trackingTokensCollectionName("tracking_tokens")
                                                                 .build())
                              .serializer(LedgerSerializers.messages())
                              .nodeId(properties.nodeId())
                              .build();
    }
}
