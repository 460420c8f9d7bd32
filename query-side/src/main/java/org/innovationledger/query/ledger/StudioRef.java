package org.innovationledger.query.ledger;

import org.innovationledger.api.studio.NamingLevel;

/** The studio a record belongs to, as shown beside it: id, name, enterprise, region and naming level. */
public record StudioRef(String id, String name, String hostEnterprise, String regionCode, NamingLevel level) {

    static StudioRef of(IndexedStudio studio) {
        return new StudioRef(studio.id, studio.name, studio.hostEnterprise, studio.regionCode, studio.level);
    }
}
