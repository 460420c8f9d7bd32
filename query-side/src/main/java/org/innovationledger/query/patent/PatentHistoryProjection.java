package org.innovationledger.query.patent;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.innovationledger.api.common.AuditMetaData;
import org.innovationledger.api.patent.PatentEvent;
import org.innovationledger.query.store.PersistedViews;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Records every patent event as a step of the patent's history in {@code patent_history} (专利事务记录), with who
 * recorded it ({@code userId}), for which request ({@code correlationId}) and when (the event's timestamp).
 */
@Component
@ProcessingGroup(PersistedViews.PROCESSING_GROUP)
class PatentHistoryProjection {

    private final PatentHistories histories;

    PatentHistoryProjection(PatentHistories histories) {
        this.histories = histories;
    }

    @EventHandler
    void on(PatentEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(AuditMetaData.USER_ID) String userId,
            @MetaDataValue(AuditMetaData.CORRELATION_ID) String correlationId,
            @MessageIdentifier String eventId) {
        histories.record(event, sequence, recordedAt, userId, correlationId, eventId);
    }

    /** Before a replay from the start: forget every history, so the replay rebuilds them. */
    @ResetHandler
    void reset() {
        histories.drop();
    }
}
