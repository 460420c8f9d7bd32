package org.innovationledger.query.studio;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.innovationledger.query.store.VersionedView;

import java.time.LocalDate;
import java.util.List;

import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.set;

/**
 * A studio's membership of one alliance (联盟成员资格), kept in the studio document under
 * {@code alliances.<allianceId>}. It is written only by that alliance's events, so it carries the alliance's own
 * sequence number as its guard against redelivery.
 *
 * @param sequence the sequence number of the last event of the alliance applied to this membership
 */
record AllianceMembership(String allianceId, String name, boolean member, LocalDate joinedOn, LocalDate leftOn,
                          long sequence) {

    static final String NAME = "name";
    static final String MEMBER = "member";
    static final String JOINED_ON = "joinedOn";
    static final String LEFT_ON = "leftOn";
    static final String SEQUENCE = "sequence";

    static List<AllianceMembership> all(Document studio) {
        Document alliances = studio.get(StudioDocuments.ALLIANCES, new Document());
        return alliances.keySet().stream().map(id -> from(id, alliances.get(id, Document.class))).toList();
    }

    /** The last sequence of this alliance applied to the studio, or -1 if none. */
    static long appliedSequence(Document studio, String allianceId) {
        Document membership = studio == null ? null
                : studio.get(StudioDocuments.ALLIANCES, new Document()).get(allianceId, Document.class);
        return membership == null ? VersionedView.NONE : membership.getLong(SEQUENCE);
    }

    private static AllianceMembership from(String allianceId, Document membership) {
        return new AllianceMembership(allianceId, membership.getString(NAME), membership.getBoolean(MEMBER),
                                      StudioEntries.date(membership, JOINED_ON),
                                      StudioEntries.date(membership, LEFT_ON), membership.getLong(SEQUENCE));
    }

    /** The update that records the studio joining (or founding) the alliance. */
    static Bson joined(String allianceId, String allianceName, LocalDate joinedOn, long sequence) {
        return combine(set(path(allianceId, NAME), allianceName), set(path(allianceId, MEMBER), true),
                       set(path(allianceId, JOINED_ON), StudioEntries.date(joinedOn)),
                       set(path(allianceId, LEFT_ON), null), set(path(allianceId, SEQUENCE), sequence),
                       addToSet(StudioDocuments.ALLIANCE_IDS, allianceId));
    }

    /** The update that records the studio leaving the alliance. */
    static Bson left(String allianceId, LocalDate leftOn, long sequence) {
        return combine(set(path(allianceId, MEMBER), false), set(path(allianceId, LEFT_ON), StudioEntries.date(leftOn)),
                       set(path(allianceId, SEQUENCE), sequence), pull(StudioDocuments.ALLIANCE_IDS, allianceId));
    }

    private static String path(String allianceId, String field) {
        return StudioDocuments.ALLIANCES + "." + allianceId + "." + field;
    }
}
