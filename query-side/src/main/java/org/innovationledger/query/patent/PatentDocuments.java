package org.innovationledger.query.patent;

import org.bson.Document;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.query.patent.PatentDetail.Correction;
import org.innovationledger.query.patent.PatentDetail.Expiry;
import org.innovationledger.query.patent.PatentDetail.FeePayment;
import org.innovationledger.query.patent.PatentDetail.Invalidation;
import org.innovationledger.query.patent.PatentDetail.Lapse;
import org.innovationledger.query.patent.PatentDetail.Licence;
import org.innovationledger.query.patent.PatentDetail.OfficeAction;
import org.innovationledger.query.patent.PatentDetail.Rejection;
import org.innovationledger.query.patent.PatentDetail.StudioRef;
import org.innovationledger.query.patent.PatentDetail.Transfer;
import org.innovationledger.query.patent.PatentDetail.Withdrawal;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import static org.innovationledger.query.store.RecordDocuments.fromDocument;
import static org.innovationledger.query.store.RecordDocuments.fromDocuments;
import static org.innovationledger.query.store.RecordDocuments.toDocument;
import static org.innovationledger.query.store.RecordDocuments.toDocuments;

/**
 * A patent view as a document of {@code patent_views}. The patent's own part is written whole by
 * {@link #patentPart}; the {@code studio} sub-document (name, enterprise, region) is written only from the studio's
 * events, through {@link PatentStudios}. {@code filedYear} and {@code grantedYear} are stored too, so that lists
 * and counts can filter and group on them.
 */
final class PatentDocuments {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String STUDIO_ID = "studioId";
    static final String STUDIO = "studio";
    static final String STUDIO_NAME = "studio.name";
    static final String STUDIO_ENTERPRISE = "studio.hostEnterprise";
    static final String STUDIO_REGION = "studio.regionCode";
    static final String APPLICATION_NUMBER = "applicationNumber";
    static final String PATENT_NUMBER = "patentNumber";
    static final String TYPE = "type";
    static final String TITLE = "title";
    static final String STATUS = "status";
    static final String FILED_ON = "filedOn";
    static final String FILED_YEAR = "filedYear";
    static final String GRANTED_ON = "grantedOn";
    static final String GRANTED_YEAR = "grantedYear";
    static final String TERM_ENDS_ON = "termEndsOn";

    private PatentDocuments() {
    }

    /** Every field the patent's own events decide, for a {@code $set} that leaves the studio fields alone. */
    static Document patentPart(PatentView patent) {
        return new Document(VERSION, patent.version())
                .append("recordedAt", patent.recordedAt == null ? null : Date.from(patent.recordedAt))
                .append(STUDIO_ID, patent.studioId)
                .append(APPLICATION_NUMBER, patent.applicationNumber)
                .append(PATENT_NUMBER, patent.patentNumber)
                .append("publicationNumber", patent.publicationNumber)
                .append(TYPE, name(patent.type))
                .append(TITLE, patent.title)
                .append(STATUS, name(patent.status))
                .append("statusBeforeRejection", name(patent.statusBeforeRejection))
                .append("statusSince", date(patent.statusSince))
                .append(FILED_ON, date(patent.filedOn))
                .append(FILED_YEAR, patent.filedYear().isPresent() ? patent.filedYear().getAsInt() : null)
                .append("priorityDate", date(patent.priorityDate))
                .append("applicants", patent.applicants)
                .append("owners", patent.owners)
                .append("inventors", patent.inventors)
                .append("achievementIds", patent.achievementIds)
                .append(TERM_ENDS_ON, date(patent.termEndsOn))
                .append("substantiveExaminationDueOn", date(patent.substantiveExaminationDueOn))
                .append("formalExaminationPassedOn", date(patent.formalExaminationPassedOn))
                .append("publishedOn", date(patent.publishedOn))
                .append("substantiveExaminationRequestedOn", date(patent.substantiveExaminationRequestedOn))
                .append(GRANTED_ON, date(patent.grantedOn))
                .append(GRANTED_YEAR, patent.grantedYear().isPresent() ? patent.grantedYear().getAsInt() : null)
                .append("firstAnnualFeeYear", patent.firstAnnualFeeYear)
                .append("corrections", toDocuments(patent.corrections))
                .append("officeActions", toDocuments(patent.officeActions))
                .append("rejections", toDocuments(patent.rejections))
                .append("annualFeesPaid", toDocuments(patent.feesPaid))
                .append("lapses", toDocuments(patent.lapses))
                .append("transfers", toDocuments(patent.transfers))
                .append("licences", toDocuments(patent.licences))
                .append("invalidations", toDocuments(patent.invalidations))
                .append("withdrawal", patent.withdrawal == null ? null : toDocument(patent.withdrawal))
                .append("expiry", patent.expiry == null ? null : toDocument(patent.expiry));
    }

    /** True once the filing has been applied; nothing else creates a patent document. */
    static boolean isFiled(Document document) {
        return document.get(VERSION) != null;
    }

    static PatentView view(Document document) {
        PatentView patent = new PatentView(document.getString(ID));
        if (!isFiled(document)) {
            return patent;
        }
        patent.version(document.getLong(VERSION));
        Date recordedAt = document.getDate("recordedAt");
        patent.recordedAt = recordedAt == null ? null : recordedAt.toInstant();
        patent.studioId = document.getString(STUDIO_ID);
        patent.applicationNumber = document.getString(APPLICATION_NUMBER);
        patent.patentNumber = document.getString(PATENT_NUMBER);
        patent.publicationNumber = document.getString("publicationNumber");
        patent.type = enumOf(PatentType.class, document.getString(TYPE));
        patent.title = document.getString(TITLE);
        patent.status = enumOf(PatentStatus.class, document.getString(STATUS));
        patent.statusBeforeRejection = enumOf(PatentStatus.class, document.getString("statusBeforeRejection"));
        patent.statusSince = date(document, "statusSince");
        patent.filedOn = date(document, FILED_ON);
        patent.priorityDate = date(document, "priorityDate");
        patent.applicants = strings(document, "applicants");
        patent.owners = strings(document, "owners");
        patent.inventors = strings(document, "inventors");
        patent.achievementIds = strings(document, "achievementIds");
        patent.termEndsOn = date(document, TERM_ENDS_ON);
        patent.substantiveExaminationDueOn = date(document, "substantiveExaminationDueOn");
        patent.formalExaminationPassedOn = date(document, "formalExaminationPassedOn");
        patent.publishedOn = date(document, "publishedOn");
        patent.substantiveExaminationRequestedOn = date(document, "substantiveExaminationRequestedOn");
        patent.grantedOn = date(document, GRANTED_ON);
        patent.firstAnnualFeeYear = document.getInteger("firstAnnualFeeYear");
        patent.corrections.addAll(entries(document, "corrections", Correction.class));
        patent.officeActions.addAll(entries(document, "officeActions", OfficeAction.class));
        patent.rejections.addAll(entries(document, "rejections", Rejection.class));
        patent.feesPaid.addAll(entries(document, "annualFeesPaid", FeePayment.class));
        patent.lapses.addAll(entries(document, "lapses", Lapse.class));
        patent.transfers.addAll(entries(document, "transfers", Transfer.class));
        patent.licences.addAll(entries(document, "licences", Licence.class));
        patent.invalidations.addAll(entries(document, "invalidations", Invalidation.class));
        patent.withdrawal = fromDocument(document.get("withdrawal", Document.class), Withdrawal.class);
        patent.expiry = fromDocument(document.get("expiry", Document.class), Expiry.class);
        return patent;
    }

    /** The studio as the studio's events describe it, or just its id while none of them has been projected. */
    static StudioRef studio(Document document) {
        Document studio = document.get(STUDIO, Document.class);
        String studioId = document.getString(STUDIO_ID);
        return studio == null ? new StudioRef(studioId, null, null, null)
                : new StudioRef(studioId, studio.getString("name"), studio.getString("hostEnterprise"),
                                studio.getString("regionCode"));
    }

    static PatentDetail detail(Document document) {
        return view(document).toDetail(studio(document));
    }

    static PatentSummary summary(Document document) {
        StudioRef studio = studio(document);
        return new PatentSummary(document.getString(ID), document.getString(APPLICATION_NUMBER),
                                 document.getString(PATENT_NUMBER), enumOf(PatentType.class, document.getString(TYPE)),
                                 document.getString(TITLE),
                                 enumOf(PatentStatus.class, document.getString(STATUS)), studio.id(), studio.name(),
                                 studio.hostEnterprise(), studio.regionCode(), date(document, FILED_ON),
                                 date(document, GRANTED_ON), date(document, TERM_ENDS_ON),
                                 strings(document, "inventors"), document.getLong(VERSION));
    }

    /** The fields {@link #summary} reads, to fetch no more than a list needs. */
    static List<String> summaryFields() {
        return List.of(ID, APPLICATION_NUMBER, PATENT_NUMBER, TYPE, TITLE, STATUS, STUDIO_ID, STUDIO, FILED_ON,
                       GRANTED_ON, TERM_ENDS_ON, "inventors", VERSION);
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(Document document, String key) {
        String iso = document.getString(key);
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static <R extends Record> List<R> entries(Document document, String key, Class<R> type) {
        return fromDocuments(document.getList(key, Document.class), type);
    }

    private static List<String> strings(Document document, String key) {
        List<String> values = document.getList(key, String.class);
        return values == null ? List.of() : List.copyOf(values);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
