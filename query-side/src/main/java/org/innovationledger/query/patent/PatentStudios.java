package org.innovationledger.query.patent;

import com.mongodb.client.MongoDatabase;
import org.innovationledger.query.patent.PatentDetail.StudioRef;
import org.innovationledger.query.store.StudioCopies;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the patent projection knows of studios (专利所属工作室), in {@code patent_studios}, so that each patent view
 * shows its studio's current name, enterprise and region (the portfolio filters and counts by enterprise and region
 * in one query) — see {@link StudioCopies} for how studio events and filings meet.
 */
@Component
class PatentStudios {

    static final String COLLECTION = "patent_studios";

    private final StudioCopies copies;

    PatentStudios(MongoDatabase ledgerDatabase, PatentViews patents) {
        this.copies = new StudioCopies(ledgerDatabase, COLLECTION, "patentIds", patents::writing);
    }

    void describe(String studioId, long sequence, String name, String hostEnterprise, String regionCode) {
        copies.describe(studioId, sequence, name, hostEnterprise, regionCode);
    }

    /** Lists a filed patent under its studio and shows the studio on it. */
    void attach(String studioId, String patentId) {
        copies.attach(studioId, patentId);
    }

    /** The studios known, by id; an unknown studio is absent from the map. */
    Map<String, StudioRef> describedOf(Collection<String> studioIds) {
        Map<String, StudioRef> studios = new HashMap<>();
        copies.shownOf(studioIds).forEach((id, studio) -> studios.put(id, new StudioRef(
                id, studio.getString("name"), studio.getString("hostEnterprise"), studio.getString("regionCode"))));
        return studios;
    }

    void drop() {
        copies.drop();
    }
}
