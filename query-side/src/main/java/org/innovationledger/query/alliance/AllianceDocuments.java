package org.innovationledger.query.alliance;

import org.bson.Document;
import org.innovationledger.query.alliance.AllianceView.Stint;

import java.time.LocalDate;
import java.util.List;

/** An alliance view as a document of {@code alliance_views}; dates are ISO strings ({@code "2024-05-01"}). */
final class AllianceDocuments {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String NAME = "name";
    static final String FOUNDED_ON = "foundedOn";
    static final String LEAD_STUDIO_ID = "leadStudioId";
    static final String MEMBER_COUNT = "memberCount";
    static final String MEMBERS = "members";

    private AllianceDocuments() {
    }

    static Document document(AllianceView alliance) {
        return new Document(ID, alliance.id)
                .append(VERSION, alliance.version())
                .append(NAME, alliance.name)
                .append("description", alliance.description)
                .append(FOUNDED_ON, date(alliance.foundedOn))
                .append(LEAD_STUDIO_ID, alliance.leadStudioId)
                .append(MEMBERS, alliance.stints.stream().map(AllianceDocuments::stint).toList())
                .append(MEMBER_COUNT, alliance.memberCount());
    }

    static AllianceView view(Document document) {
        AllianceView alliance = new AllianceView(document.getString(ID));
        alliance.version(document.getLong(VERSION));
        alliance.name = document.getString(NAME);
        alliance.description = document.getString("description");
        alliance.foundedOn = date(document, FOUNDED_ON);
        alliance.leadStudioId = document.getString(LEAD_STUDIO_ID);
        alliance.stints.addAll(stints(document));
        return alliance;
    }

    static List<Stint> stints(Document document) {
        return document.getList(MEMBERS, Document.class).stream().map(AllianceDocuments::stint).toList();
    }

    private static Document stint(Stint stint) {
        return new Document("studioId", stint.studioId()).append("joinedOn", date(stint.joinedOn()))
                .append("leftOn", date(stint.leftOn())).append("leaveReason", stint.leaveReason());
    }

    private static Stint stint(Document entry) {
        return new Stint(entry.getString("studioId"), date(entry, "joinedOn"), date(entry, "leftOn"),
                         entry.getString("leaveReason"));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(Document document, String key) {
        String iso = document.getString(key);
        return iso == null ? null : LocalDate.parse(iso);
    }
}
