package org.innovationledger.command.axon;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.LoggingDuplicateCommandHandlerResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.innovationledger.api.common.AuditMetaData;
import org.innovationledger.command.store.StoreProperties;
import org.innovationledger.eventstore.DurabilityBarrier;
import org.innovationledger.eventstore.LedgerSerializers;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon without Axon Server: our own Jackson serializers, our MongoDB event storage engine, snapshots every
 * {@value #SNAPSHOT_EVERY} events, and the audit meta-data copied from each command to its events.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    static final int SNAPSHOT_EVERY = 50;

    private final AppliedChangeRecorder appliedChangeRecorder = new AppliedChangeRecorder();

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

    @Bean
    MongoEventStorageEngine eventStorageEngine(MongoDatabase ledgerDatabase, StoreProperties properties,
                                               DurabilityBarrier durabilityBarrier,
                                               org.axonframework.config.Configuration configuration) {
        return MongoEventStorageEngine.builder()
                                      .database(ledgerDatabase)
                                      .eventSerializer(LedgerSerializers.messages())
                                      .snapshotSerializer(LedgerSerializers.snapshots())
                                      .upcasterChain(configuration.upcasterChain())
                                      .gapTimeout(properties.gapTimeout())
                                      .writeConcern(writeConcern(properties))
                                      .idempotencyKeyMetaData(AuditMetaData.IDEMPOTENCY_KEY)
                                      .durability(durabilityBarrier)
                                      .build();
    }

    /** The configured write concern, journaled (the embedded store accepts and ignores it). */
    private static WriteConcern writeConcern(StoreProperties properties) {
        WriteConcern concern = WriteConcern.valueOf(properties.writeConcern());
        if (concern == null || !concern.isAcknowledged()) {
            throw new IllegalArgumentException("Write concern must be an acknowledged one such as MAJORITY, got "
                                                       + properties.writeConcern());
        }
        return concern.withJournal(true);
    }

    @Bean(name = {"eventStore", "eventBus"})
    EmbeddedEventStore eventStore(EventStorageEngine eventStorageEngine,
                                  org.axonframework.config.Configuration configuration) {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                                                     .storageEngine(eventStorageEngine)
                                                     .messageMonitor(configuration.messageMonitor(EventStore.class,
                                                                                                  "eventStore"))
                                                     .build();
        store.registerDispatchInterceptor(appliedChangeRecorder);
        return store;
    }

    /** Axon's own local command bus, with the audit meta-data and the applied-change result added. */
    @Bean
    @Qualifier("localSegment")
    SimpleCommandBus commandBus(TransactionManager transactionManager,
                                org.axonframework.config.Configuration configuration) {
        SimpleCommandBus commandBus =
                SimpleCommandBus.builder()
                                .transactionManager(transactionManager)
                                .duplicateCommandHandlerResolver(LoggingDuplicateCommandHandlerResolver.instance())
                                .spanFactory(configuration.getComponent(CommandBusSpanFactory.class))
                                .messageMonitor(configuration.messageMonitor(CommandBus.class, "commandBus"))
                                .build();
        commandBus.registerHandlerInterceptor(
                new CorrelationDataInterceptor<>(configuration.correlationDataProviders()));
        commandBus.registerHandlerInterceptor(appliedChangeRecorder);
        return commandBus;
    }

    @Bean
    CorrelationDataProvider auditMetaDataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetaData.USER_ID, AuditMetaData.CORRELATION_ID,
                                                 AuditMetaData.IDEMPOTENCY_KEY, AuditMetaData.REQUEST_HASH,
                                                 AuditMetaData.ENTITY_ID);
    }

    @Bean
    SnapshotTriggerDefinition studioSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }

    @Bean
    SnapshotTriggerDefinition allianceSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }

    @Bean
    SnapshotTriggerDefinition patentSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }

    @Bean
    SnapshotTriggerDefinition achievementSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }

    @Bean
    SnapshotTriggerDefinition ratingPolicySnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }

    @Bean
    SnapshotTriggerDefinition stationSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }
}
