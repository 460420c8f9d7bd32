package org.innovationledger.command.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.innovationledger.api.common.AuditMetaData;
import org.innovationledger.command.axon.AppliedChange;
import org.innovationledger.command.axon.ChangeReceipt;
import org.innovationledger.eventstore.DuplicateIdempotencyKeyException;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.innovationledger.eventstore.StoredCommit;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends a command with its audit meta-data and answers with what it changed.
 * <ul>
 *     <li>Idempotency: a request with an Idempotency-Key that a stored commit already carries is not sent again;
 *     it answers with the first result. The key is stored in the commit itself (unique), so even two concurrent
 *     retries apply the request once.</li>
 *     <li>Concurrency: a commit that lost a race on the same aggregate is retried on the new state a few times
 *     (the rules are checked again); a stale If-Match is not retried and ends as 412.</li>
 * </ul>
 */
@Component
public class CommandDispatcher {

    private static final int ATTEMPTS = 4;

    private final CommandGateway commandGateway;
    private final MongoEventStorageEngine eventStorageEngine;
    private final JsonMapper jsonMapper;

    public CommandDispatcher(CommandGateway commandGateway, MongoEventStorageEngine eventStorageEngine,
                             JsonMapper jsonMapper) {
        this.commandGateway = commandGateway;
        this.eventStorageEngine = eventStorageEngine;
        this.jsonMapper = jsonMapper;
    }

    /**
     * @param request  the request body as received, hashed to recognise a retry of the same request
     * @param entityId the id of the entity the command creates inside its aggregate, or null
     */
    public CommandResult send(RequestContext context, Object request, Object command, String entityId) {
        String key = context.scopedIdempotencyKey();
        String requestHash = key == null ? null : hash(context.requestTarget(), request);
        if (key != null) {
            Optional<StoredCommit> first = eventStorageEngine.findCommitByIdempotencyKey(key);
            if (first.isPresent()) {
                return replay(first.get(), context, requestHash);
            }
        }
        var message = GenericCommandMessage.asCommandMessage(command)
                                           .andMetaData(context.metaData(requestHash, entityId));
        for (int attempt = 1; ; attempt++) {
            try {
                ChangeReceipt receipt = commandGateway.sendAndWait(message);
                AppliedChange change = receipt.change().orElseThrow(
                        () -> new IllegalStateException("Command " + command.getClass().getSimpleName()
                                                                + " stored no event"));
                return new CommandResult(change.aggregateId(), change.version(), entityId, false);
            } catch (DuplicateIdempotencyKeyException e) {
                return replay(eventStorageEngine.findCommitByIdempotencyKey(key).orElseThrow(() -> e), context,
                              requestHash);
            } catch (ConcurrencyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static CommandResult replay(StoredCommit first, RequestContext context, String requestHash) {
        if (!Objects.equals(first.metaData().get(AuditMetaData.REQUEST_HASH), requestHash)) {
            throw new IdempotencyKeyReusedException(context.idempotencyKey());
        }
        return new CommandResult(first.aggregateIdentifier(), first.lastSequenceNumber(),
                                 (String) first.metaData().get(AuditMetaData.ENTITY_ID), true);
    }

    private String hash(String requestTarget, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(requestTarget.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(jsonMapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
