package org.innovationledger.query.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsCommandListener;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsConnectionPoolListener;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

/** The MongoDB client and database the views, tokens and events live in. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(StoreProperties properties, MeterRegistry meterRegistry) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(properties.uri()))
                .addCommandListener(new MongoMetricsCommandListener(meterRegistry))
                .applyToConnectionPoolSettings(pool -> pool.addConnectionPoolListener(
                        new MongoMetricsConnectionPoolListener(meterRegistry)))
                .build());
    }

    @Bean
    MongoDatabase ledgerDatabase(MongoClient client, StoreProperties properties) {
        String fromUri = new ConnectionString(properties.uri()).getDatabase();
        return client.getDatabase(fromUri != null ? fromUri : properties.database());
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
