package org.innovationledger.query.patent;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.innovationledger.api.patent.PatentEvent;
import org.innovationledger.query.patent.PatentHistory.Entry;
import org.innovationledger.query.store.EventHistories;
import org.innovationledger.query.store.EventHistories.StoredEntry;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** The {@code patent_history} collection (专利事务记录): every step of each patent, kept by {@link EventHistories}. */
@Component
class PatentHistories {

    static final String COLLECTION = "patent_history";

    private final EventHistories histories;

    PatentHistories(MongoDatabase ledgerDatabase) {
        this.histories = new EventHistories(ledgerDatabase, COLLECTION, "patentId");
    }

    void record(PatentEvent event, long sequence, Instant recordedAt, String userId, String correlationId,
                String eventId) {
        PatentStep step = PatentStep.of(event);
        histories.record(event.patentId(), (Record) event, step.name(), step.dateOf(event), sequence, recordedAt,
                         userId, correlationId, eventId);
    }

    Optional<Document> find(String patentId) {
        return histories.find(patentId);
    }

    void drop() {
        histories.drop();
    }

    static long version(Document history) {
        return EventHistories.version(history);
    }

    static PatentHistory read(Document history) {
        return new PatentHistory(history.getString("_id"), EventHistories.entries(history, PatentHistories::entry),
                               version(history));
    }

    private static Entry entry(StoredEntry stored) {
        PatentStep step = PatentStep.valueOf(stored.step());
        return new Entry(stored.sequence(), step, step.english(), step.chinese(), stored.eventType(), stored.on(),
                         stored.dates(), stored.facts(), stored.userId(), stored.correlationId(), stored.recordedAt(),
                         stored.eventId());
    }
}
