package org.innovationledger.systemtest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

/** Reads the event store directly, to prove what was (not) stored. */
final class StoreProbe {

    private StoreProbe() {
    }

    /** Events stored for one aggregate, across all its commits. */
    static long eventsOf(LedgerProcesses ledger, String aggregateId) {
        try (MongoClient client = MongoClients.create(ledger.storeUri())) {
            long events = 0;
            for (var commit : client.getDatabase("ledger").getCollection("event_commits")
                                    .find(Filters.eq("aggregateId", aggregateId))) {
                events += commit.getList("events", Object.class).size();
            }
            return events;
        }
    }

    /** Commits in the event store: every change ever stored. */
    static long commits(LedgerProcesses ledger) {
        try (MongoClient client = MongoClients.create(ledger.storeUri())) {
            return client.getDatabase("ledger").getCollection("event_commits").countDocuments();
        }
    }
}
