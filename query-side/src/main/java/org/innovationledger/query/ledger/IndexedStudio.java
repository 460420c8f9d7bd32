package org.innovationledger.query.ledger;

import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioStatus;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A studio as the in-memory ledger knows it now: what its achievements are filtered and rolled up by. The fields are
 * null until the studio's registration is seen (an achievement cannot be recorded before it, but the index does not
 * rely on that).
 */
final class IndexedStudio {

    /** Position in {@link LedgerIndex}'s studio list, so a query can mark matching studios in an array. */
    final int ordinal;
    final String id;
    String name;
    StudioKind kind;
    NamingLevel level;
    StudioStatus status;
    String hostEnterprise;
    String regionCode;
    /** The alliances it belongs to now (联盟). */
    final Set<String> allianceIds = new LinkedHashSet<>(2);

    IndexedStudio(int ordinal, String id) {
        this.ordinal = ordinal;
        this.id = id;
    }
}
