package org.innovationledger.query.axon;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HandledEventsMonitorTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();

    /** As Axon's metrics module does: a monitor for every event processor, by type. */
    private static final MessageMonitor<Message<?>> AXON_METRICS = message -> {
        throw new AssertionError("Axon's per-event metrics ran");
    };

    private double count(String processor, String outcome) {
        return registry.get("ledger.projection.events").tag("processor", processor).tag("outcome", outcome)
                       .counter().count();
    }

    @Test
    void theNamedProcessorCountsItsEventsInsteadOfTimingThem() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false);
        configurer.configureMessageMonitor(EventProcessor.class, (configuration, type, name) -> AXON_METRICS);
        HandledEventsMonitor.on("views", registry).configureModule(configurer);
        Configuration configuration = configurer.buildConfiguration();

        MessageMonitor<? super EventMessage<?>> views =
                configuration.messageMonitor(PooledStreamingEventProcessor.class, "views");
        views.onMessageIngested(GenericEventMessage.asEventMessage("one")).reportSuccess();
        views.onMessageIngested(GenericEventMessage.asEventMessage("two")).reportIgnored();
        views.onMessageIngested(GenericEventMessage.asEventMessage("three")).reportFailure(new IllegalStateException());

        assertThat(count("views", "handled")).isEqualTo(2);
        assertThat(count("views", "failed")).isEqualTo(1);
        assertThat(configuration.messageMonitor(PooledStreamingEventProcessor.class, "other"))
                .isSameAs(AXON_METRICS);
    }
}
