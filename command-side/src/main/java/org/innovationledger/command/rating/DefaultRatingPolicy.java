package org.innovationledger.command.rating;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.innovationledger.api.common.AuditMetaData;
import org.innovationledger.api.rating.IssueRatingPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import static org.innovationledger.command.rating.RatingPolicyRequests.IssuerRequest;
import static org.innovationledger.command.rating.RatingPolicyRequests.RulesRequest;

/**
 * Issues the default rating policy ({@value #RESOURCE}) as policy {@value #POLICY_ID} once the application is ready,
 * unless it is already issued, so that studios can be rated before any union issues its own sheet. Two instances
 * starting at once may both try: the second is refused as already existing, which is what it wanted anyway.
 */
@Component
class DefaultRatingPolicy {

    static final String POLICY_ID = "default";
    static final String RESOURCE = "rating/default-policy.json";
    static final String ISSUED_BY = "system";

    private static final Logger logger = LoggerFactory.getLogger(DefaultRatingPolicy.class);

    /** The file's content: a policy as {@code POST /api/rating-policies} takes it, without id and issuer's name. */
    record PolicyFile(String name, IssuerRequest issuer, RulesRequest rules) {
    }

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final JsonMapper jsonMapper;

    DefaultRatingPolicy(CommandGateway commandGateway, EventStore eventStore, JsonMapper jsonMapper) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.jsonMapper = jsonMapper;
    }

    @EventListener(ApplicationReadyEvent.class)
    void issueUnlessIssued() {
        if (eventStore.readEvents(POLICY_ID).hasNext()) {
            logger.info("Default rating policy '{}' is issued already", POLICY_ID);
            return;
        }
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command(read(jsonMapper))).andMetaData(
                    Map.of(AuditMetaData.USER_ID, ISSUED_BY,
                           AuditMetaData.CORRELATION_ID, UUID.randomUUID().toString())));
            logger.info("Issued the default rating policy '{}' from {}", POLICY_ID, RESOURCE);
        } catch (AggregateStreamCreationException e) {
            logger.info("Default rating policy '{}' was issued meanwhile by another instance", POLICY_ID);
        } catch (RuntimeException e) {
            // the application still serves; the next start tries again
            logger.error("Could not issue the default rating policy '{}' from {}", POLICY_ID, RESOURCE, e);
        }
    }

    static IssueRatingPolicy command(PolicyFile file) {
        return new IssueRatingPolicy(POLICY_ID, file.name(), file.issuer().toIssuer(), file.rules().toRules(),
                ISSUED_BY);
    }

    static PolicyFile read(JsonMapper jsonMapper) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return jsonMapper.readValue(in, PolicyFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
