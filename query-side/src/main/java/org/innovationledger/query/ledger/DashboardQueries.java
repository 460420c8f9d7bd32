package org.innovationledger.query.ledger;

import org.innovationledger.api.station.IncubationSubjectKind;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.Page;
import org.innovationledger.query.web.PageRequest;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Answers the dashboard and its drill-downs from the in-memory ledger, once it has caught up. */
@Component
class DashboardQueries {

    private final LedgerIndex index;
    private final LedgerIndexStatus status;
    private final StudioRatings ratings;
    private final Clock clock = Clock.system(RatingQueries.CHINA);

    DashboardQueries(LedgerIndex index, LedgerIndexStatus status, StudioRatings ratings) {
        this.index = index;
        this.status = status;
        this.ratings = ratings;
    }

    Dashboard dashboard(DashboardParameters parameters) {
        DashboardQuery query = parameters.query(LocalDate.now(clock));
        status.ensureReady();
        return index.read(ledger -> query.answer(ledger, ratings, index.changes()));
    }

    Page<DashboardRecord> records(DashboardParameters parameters, String figureCode, String key, String page,
                                  String size) {
        DashboardQuery query = parameters.query(LocalDate.now(clock));
        PageRequest request = PageRequest.parse(page, size);
        if ("savings".equals(figureCode)) {
            status.ensureReady();
            return index.read(ledger -> page(claims(ledger, query, key), request));
        }
        DashboardFigure figure = DashboardFigure.byCode(figureCode);
        if (figure == null) {
            throw new InvalidQueryException("figure", "figure must be savings or one of " + DashboardFigure.codes());
        }
        String chosenKey = key == null || key.isBlank() ? "total" : key.trim();
        int keyIndex = figure.keyIndex(chosenKey);
        if (keyIndex < 0) {
            throw new InvalidQueryException("key", "key of " + figure.code + " must be one of " + figure.keys);
        }
        status.ensureReady();
        return index.read(ledger -> {
            List<Integer> slots = query.records(ledger, ratings, figure, keyIndex);
            List<DashboardRecord> records = new ArrayList<>();
            int from = Math.min(request.skip(), slots.size());
            for (int i = from; i < Math.min(from + request.size(), slots.size()); i++) {
                records.add(record(ledger, figure.record, slots.get(i), chosenKey));
            }
            return Page.of(List.copyOf(records), request, slots.size());
        });
    }

    private static DashboardRecord record(LedgerIndex.View ledger, DashboardFigure.Record kind, int slot,
                                          String key) {
        String detail = "total".equals(key) ? null : key;
        return switch (kind) {
            case STUDIO -> {
                IndexedStudio studio = ledger.studios().get(slot);
                yield new DashboardRecord("STUDIO", studio.id, studio.name, detail, StudioRef.of(studio),
                                          "/api/studios/" + studio.id);
            }
            case ACHIEVEMENT -> {
                AchievementColumns achievements = ledger.achievements();
                yield new DashboardRecord("ACHIEVEMENT", achievements.ids[slot], achievements.titles[slot], detail,
                                          StudioRef.of(ledger.studios().get(achievements.studio[slot])),
                                          "/api/achievements/" + achievements.ids[slot]);
            }
            case PATENT -> {
                PatentColumns patents = ledger.patents();
                yield new DashboardRecord("PATENT", patents.ids[slot], patents.titles[slot], detail,
                                          StudioRef.of(ledger.studios().get(patents.studio[slot])),
                                          "/api/patents/" + patents.ids[slot]);
            }
            case INCUBATION -> {
                Incubations incubations = ledger.incubations();
                int subject = incubations.subject[slot];
                boolean achievement = incubations.kind(slot) == IncubationSubjectKind.ACHIEVEMENT;
                String subjectId = achievement ? ledger.achievements().ids[subject] : ledger.patents().ids[subject];
                String title = achievement ? ledger.achievements().titles[subject] : ledger.patents().titles[subject];
                Incubations.Station station = incubations.stations.get(incubations.station[slot]);
                yield new DashboardRecord("INCUBATION", station.id() + "/" + incubations.ids[slot], title,
                                          detail, StudioRef.of(ledger.studios().get(incubations.studio[slot])),
                                          (achievement ? "/api/achievements/" : "/api/patents/") + subjectId);
            }
        };
    }

    /** The claims behind the savings figures: all in the range, or those of one period ("2025" or "2025-Q3"). */
    private static List<DashboardRecord> claims(LedgerIndex.View ledger, DashboardQuery query, String period) {
        boolean[] inScope = query.scope().studiosIn(ledger);
        ClaimColumns claims = ledger.claims();
        List<DashboardRecord> records = new ArrayList<>();
        for (int slot = 0; slot < claims.count; slot++) {
            int year = claims.year[slot];
            if (year < query.fromYear() || year > query.toYear() || !inScope[claims.studio[slot]]) {
                continue;
            }
            String name = claims.quarter[slot] == ClaimColumns.WHOLE_YEAR ? Integer.toString(year)
                    : year + "-Q" + claims.quarter[slot];
            if (period != null && !period.isBlank() && !period.trim().equals(name)) {
                continue;
            }
            int achievement = claims.achievement[slot];
            String achievementId = ledger.achievements().ids[achievement];
            records.add(new DashboardRecord("CLAIM", claims.keys[slot], ledger.achievements().titles[achievement],
                                            name, StudioRef.of(ledger.studios().get(claims.studio[slot])),
                                            "/api/achievements/" + achievementId));
        }
        return records;
    }

    private static Page<DashboardRecord> page(List<DashboardRecord> all, PageRequest request) {
        int from = Math.min(request.skip(), all.size());
        return Page.of(List.copyOf(all.subList(from, Math.min(from + request.size(), all.size()))), request,
                       all.size());
    }
}
