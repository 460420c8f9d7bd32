package org.innovationledger.query.studio;

import org.bson.Document;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.query.studio.StudioDetail.AllianceRef;
import org.innovationledger.query.studio.StudioDetail.Funding;

import java.util.Comparator;
import java.util.Date;
import java.util.List;

import static org.innovationledger.query.studio.StudioEntries.all;
import static org.innovationledger.query.studio.StudioEntries.date;
import static org.innovationledger.query.studio.StudioEntries.money;

/**
 * A studio view as a document of {@code studio_views}. The studio's own part is written whole by
 * {@link #studioPart}; the {@code alliances} map and {@code allianceIds} array are written only by alliance events.
 * Counts, totals and {@code levelRank} are stored too, so that lists can filter and sort on them.
 */
final class StudioDocuments {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String NAME = "name";
    static final String KIND = "kind";
    static final String LEVEL = "level";
    static final String LEVEL_RANK = "levelRank";
    static final String STATUS = "status";
    static final String REGION_CODE = "regionCode";
    static final String FOUNDED_ON = "foundedOn";
    static final String REGISTERED_AT = "registeredAt";
    static final String MEMBER_COUNT = "memberCount";
    static final String ALLIANCES = "alliances";
    static final String ALLIANCE_IDS = "allianceIds";

    private StudioDocuments() {
    }

    /** Every field the studio's own events decide, for a {@code $set} that leaves the alliance fields alone. */
    static Document studioPart(StudioView studio) {
        Funding funding = studio.funding();
        return new Document(VERSION, studio.version())
                .append(REGISTERED_AT, studio.registeredAt == null ? null : Date.from(studio.registeredAt))
                .append(NAME, studio.name)
                .append(KIND, studio.kind.name())
                .append(LEVEL, studio.level.name())
                .append(LEVEL_RANK, studio.level.ordinal())
                .append(STATUS, studio.status.name())
                .append("statusReason", studio.statusReason)
                .append("statusSince", date(studio.statusSince))
                .append("hostEnterprise", studio.hostEnterprise)
                .append(REGION_CODE, studio.regionCode)
                .append("namingUnion", studio.namingUnion)
                .append("leader", StudioEntries.leader(studio.leader))
                .append(FOUNDED_ON, date(studio.foundedOn))
                .append("description", studio.description)
                .append("members", all(studio.members, StudioEntries::member))
                .append(MEMBER_COUNT, studio.memberCount())
                .append("apprenticeCount", studio.apprenticeCount())
                .append("leaderHistory", all(studio.leaderHistory, StudioEntries::leaderChange))
                .append("promotions", all(studio.promotions, StudioEntries::promotion))
                .append("grants", all(studio.grants, StudioEntries::grant))
                .append("funding", new Document("granted", money(funding.granted()))
                        .append("spent", money(funding.spent())).append("balance", money(funding.balance())))
                .append("challenges", all(studio.challenges, StudioEntries::challenge))
                .append("challengesSolved", studio.challengesSolved());
    }

    /** True once the studio's registration has been applied; alliance events may create the document earlier. */
    static boolean isRegistered(Document document) {
        return document.get(VERSION) != null;
    }

    static StudioView view(Document document) {
        StudioView studio = new StudioView(document.getString(ID));
        if (!isRegistered(document)) {
            return studio;
        }
        studio.version(document.getLong(VERSION));
        Date registeredAt = document.getDate(REGISTERED_AT);
        studio.registeredAt = registeredAt == null ? null : registeredAt.toInstant();
        studio.name = document.getString(NAME);
        studio.kind = StudioKind.valueOf(document.getString(KIND));
        studio.level = NamingLevel.valueOf(document.getString(LEVEL));
        studio.status = StudioStatus.valueOf(document.getString(STATUS));
        studio.statusReason = document.getString("statusReason");
        studio.statusSince = date(document, "statusSince");
        studio.hostEnterprise = document.getString("hostEnterprise");
        studio.regionCode = document.getString(REGION_CODE);
        studio.namingUnion = document.getString("namingUnion");
        studio.leader = StudioEntries.leader(document.get("leader", Document.class));
        studio.foundedOn = date(document, FOUNDED_ON);
        studio.description = document.getString("description");
        studio.members.addAll(all(document.getList("members", Document.class), StudioEntries::member));
        studio.leaderHistory.addAll(all(document.getList("leaderHistory", Document.class),
                                        StudioEntries::leaderChange));
        studio.promotions.addAll(all(document.getList("promotions", Document.class), StudioEntries::promotion));
        studio.grants.addAll(all(document.getList("grants", Document.class), StudioEntries::grant));
        studio.challenges.addAll(all(document.getList("challenges", Document.class), StudioEntries::challenge));
        return studio;
    }

    static StudioDetail detail(Document document) {
        return view(document).toDetail(currentAlliances(document));
    }

    static StudioSummary summary(Document document) {
        Document leader = document.get("leader", Document.class);
        return new StudioSummary(document.getString(ID), document.getString(NAME),
                                 StudioKind.valueOf(document.getString(KIND)),
                                 NamingLevel.valueOf(document.getString(LEVEL)),
                                 StudioStatus.valueOf(document.getString(STATUS)), document.getString(REGION_CODE),
                                 document.getString("hostEnterprise"), leader.getString("name"),
                                 document.getInteger(MEMBER_COUNT),
                                 money(document.get("funding", Document.class), "balance"),
                                 document.getInteger("challengesSolved"), document.getLong(VERSION));
    }

    /** The fields {@link #summary} reads, to fetch no more than a list needs. */
    static List<String> summaryFields() {
        return List.of(ID, NAME, KIND, LEVEL, STATUS, REGION_CODE, "hostEnterprise", "leader", MEMBER_COUNT,
                       "funding", "challengesSolved", VERSION);
    }

    private static List<AllianceRef> currentAlliances(Document document) {
        return AllianceMembership.all(document).stream()
                .filter(AllianceMembership::member)
                .sorted(Comparator.comparing(AllianceMembership::joinedOn)
                                  .thenComparing(AllianceMembership::allianceId))
                .map(membership -> new AllianceRef(membership.allianceId(), membership.name()))
                .toList();
    }
}
