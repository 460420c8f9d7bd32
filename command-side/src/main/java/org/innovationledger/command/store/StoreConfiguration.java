package org.innovationledger.command.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsCommandListener;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsConnectionPoolListener;
import org.innovationledger.eventstore.DurabilityBarrier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

/** The MongoDB client for the configured store, or for the embedded default hosted here. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${ledger.store.uri:}'.isBlank()")
    EmbeddedStore embeddedStore(StoreProperties properties) {
        return EmbeddedStore.start(properties.dataDir(), properties.embeddedHost(), properties.embeddedPort(),
                                   properties.embeddedCache());
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(StoreProperties properties, ObjectProvider<EmbeddedStore> embeddedStore,
                            MeterRegistry meterRegistry) {
        String uri = properties.embedded()
                ? embeddedStore.getObject().connectionString(properties.database())
                : properties.uri();
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .addCommandListener(new MongoMetricsCommandListener(meterRegistry))
                .applyToConnectionPoolSettings(pool -> pool.addConnectionPoolListener(
                        new MongoMetricsConnectionPoolListener(meterRegistry)))
                .build());
    }

    @Bean
    MongoDatabase ledgerDatabase(MongoClient client, StoreProperties properties) {
        String fromUri = properties.embedded() ? null : new ConnectionString(properties.uri()).getDatabase();
        return client.getDatabase(fromUri != null ? fromUri : properties.database());
    }

    /** Acknowledge a command only once its commit is on disk: a flush per group of commits on the embedded store. */
    @Bean
    DurabilityBarrier durabilityBarrier(ObjectProvider<EmbeddedStore> embeddedStore) {
        EmbeddedStore store = embeddedStore.getIfAvailable();
        return store == null ? DurabilityBarrier.NONE : new GroupCommit(store::flush);
    }

    @Bean
    HealthIndicator storeHealthIndicator(MongoDatabase ledgerDatabase) {
        return () -> {
            Document reply = ledgerDatabase.withTimeout(2, TimeUnit.SECONDS).runCommand(new Document("ping", 1));
            return Health.up().withDetail("database", ledgerDatabase.getName())
                         .withDetail("ok", reply.get("ok")).build();
        };
    }
}
