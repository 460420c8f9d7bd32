package org.innovationledger.command.web;

import org.innovationledger.api.common.AuditMetaData;

import java.util.HashMap;
import java.util.Map;

/**
 * Who sent the current request and which request it is: what every command carries as audit meta-data.
 *
 * @param idempotencyKey  the client's Idempotency-Key header, or null
 * @param expectedVersion the version named by the client's If-Match header, or null to change whatever is current
 * @param requestTarget   method and path, part of the request hash that detects a reused idempotency key
 */
public record RequestContext(String userId, String correlationId, String idempotencyKey, Long expectedVersion,
                             String requestTarget) {

    /** The key as stored: scoped to the user, so two users can never collide. */
    public String scopedIdempotencyKey() {
        return idempotencyKey == null ? null : userId + ":" + idempotencyKey;
    }

    Map<String, Object> metaData(String requestHash, String entityId) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(AuditMetaData.USER_ID, userId);
        metaData.put(AuditMetaData.CORRELATION_ID, correlationId);
        if (idempotencyKey != null) {
            metaData.put(AuditMetaData.IDEMPOTENCY_KEY, scopedIdempotencyKey());
            metaData.put(AuditMetaData.REQUEST_HASH, requestHash);
        }
        if (entityId != null) {
            metaData.put(AuditMetaData.ENTITY_ID, entityId);
        }
        return metaData;
    }
}
