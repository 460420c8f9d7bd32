package org.innovationledger.query.ledger;

import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.station.IncubationSubjectKind;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.QueryParameters;
import org.innovationledger.query.web.TextFilter;

import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * A checked dashboard query and its answers from the in-memory ledger: a region (code prefix) or an enterprise,
 * over the years {@code fromYear} to {@code toYear}. One classification ({@link #classify}) decides which figure and
 * key each record counts in; the dashboard counts what it reports, and the drill-down lists the records of one
 * figure and key through the very same code.
 */
record DashboardQuery(StudioScope scope, String region, String enterprise, String station, int fromYear, int toYear,
                      LocalDate on) {

    static final int FEE_WINDOW_DAYS = 90;
    static final int MAX_YEARS = 20;
    private static final int TOP = 10;
    private static final int SOONEST_FEES = 20;
    private static final int NONE = 6;
    /** Orders stars before score in one ranking key: a score stays far below 10^12 hundredths of a point. */
    private static final long STARS_WEIGHT = 1_000_000_000_000L;

    /** Receives each record with the figure and key it counts in. */
    interface Sink {
        void count(DashboardFigure figure, int key, int slot);
    }

    /** @throws InvalidQueryException naming the first parameter that is wrong */
    static DashboardQuery parse(String region, String enterprise, String station, String year, String fromYear,
                                String toYear, String on, LocalDate today) {
        Integer single = QueryParameters.year("year", year);
        Integer from = QueryParameters.year("fromYear", fromYear);
        Integer to = QueryParameters.year("toYear", toYear);
        if (single != null && (from != null || to != null)) {
            throw new InvalidQueryException("year", "give either year or fromYear/toYear, not both");
        }
        if (single != null) {
            from = single;
            to = single;
        }
        to = to != null ? to : from != null ? from : today.getYear();
        from = from != null ? from : to;
        if (from > to) {
            throw new InvalidQueryException("fromYear", "fromYear must not be after toYear");
        }
        if (to - from >= MAX_YEARS) {
            throw new InvalidQueryException("fromYear", "a range covers at most " + MAX_YEARS + " years");
        }
        StudioScope scope = StudioScope.parse(null, enterprise, null, region, null);
        return new DashboardQuery(scope, scope.regionPrefix(), scope.enterprise(),
                                  TextFilter.parse("station", station), from, to,
                                  QueryParameters.date("on", on, today));
    }

    /** The range of the same length just before this one. */
    DashboardQuery previous() {
        int length = toYear - fromYear + 1;
        return new DashboardQuery(scope, region, enterprise, station, fromYear - length, toYear - length, on);
    }

    int fromDay() {
        return (int) LocalDate.of(fromYear, 1, 1).toEpochDay();
    }

    int toDay() {
        return (int) LocalDate.of(toYear, 12, 31).toEpochDay();
    }

    /** Passes over the records of the given kind, telling the sink which figures and keys each counts in. */
    void classify(LedgerIndex.View ledger, StudioRatings ratings, DashboardFigure.Record kind, boolean[] inScope,
                  Sink sink) {
        int from = fromDay();
        int to = toDay();
        switch (kind) {
            case STUDIO -> {
                for (IndexedStudio studio : ledger.studios()) {
                    if (!inScope[studio.ordinal] || studio.name == null || studio.status == StudioStatus.REVOKED) {
                        continue;
                    }
                    int slot = studio.ordinal;
                    sink.count(DashboardFigure.STUDIOS, 0, slot);
                    sink.count(DashboardFigure.STUDIOS_BY_LEVEL, studio.level.ordinal(), slot);
                    sink.count(DashboardFigure.STUDIOS_BY_KIND, studio.kind.ordinal(), slot);
                    StudioRatings.Stars stars = ratings.stars(ledger, studio, toYear);
                    sink.count(DashboardFigure.STUDIOS_BY_STARS, stars == null ? NONE : stars.stars(), slot);
                    IndexedStudio.StarConfirmation official = studio.confirmations.get(toYear);
                    sink.count(DashboardFigure.STUDIOS_BY_OFFICIAL_STARS, official == null ? NONE : official.stars(),
                               slot);
                }
            }
            case ACHIEVEMENT -> {
                AchievementColumns achievements = ledger.achievements();
                for (int slot = 0; slot < achievements.count; slot++) {
                    int day = achievements.achievedOn[slot];
                    if (!inScope[achievements.studio[slot]] || day == AchievementColumns.NO_DATE || day < from
                            || day > to) {
                        continue;
                    }
                    sink.count(DashboardFigure.ACHIEVEMENTS, 0, slot);
                    sink.count(DashboardFigure.ACHIEVEMENTS_BY_CATEGORY, achievements.category[slot], slot);
                    sink.count(DashboardFigure.ACHIEVEMENTS_BY_STATUS, achievements.status[slot], slot);
                }
            }
            case PATENT -> {
                PatentColumns patents = ledger.patents();
                for (int slot = 0; slot < patents.count; slot++) {
                    if (!inScope[patents.studio[slot]]) {
                        continue;
                    }
                    if (patents.filedOn[slot] >= from && patents.filedOn[slot] <= to) {
                        sink.count(DashboardFigure.PATENTS_FILED, 0, slot);
                        sink.count(DashboardFigure.PATENTS_FILED_BY_TYPE, patents.type[slot], slot);
                    }
                    int granted = patents.grantedOn[slot];
                    if (granted != PatentColumns.NO_DATE && granted >= from && granted <= to) {
                        sink.count(DashboardFigure.PATENTS_GRANTED, 0, slot);
                        sink.count(DashboardFigure.PATENTS_GRANTED_BY_TYPE, patents.type[slot], slot);
                    }
                }
            }
            case INCUBATION -> {
                Incubations incubations = ledger.incubations();
                int onlyStation = station == null ? -1 : incubations.ordinalOf(station);
                if (station != null && onlyStation < 0) {
                    return; // a station never registered has incubated nothing
                }
                for (int slot = 0; slot < incubations.count; slot++) {
                    int studio = incubations.studio[slot];
                    if (studio < 0 || !inScope[studio] || onlyStation >= 0 && incubations.station[slot] != onlyStation) {
                        continue;
                    }
                    if (incubations.admittedOn[slot] >= from && incubations.admittedOn[slot] <= to) {
                        sink.count(DashboardFigure.INCUBATED, 0, slot);
                        int subject = incubations.subject[slot];
                        if (incubations.kind(slot) == IncubationSubjectKind.ACHIEVEMENT) {
                            sink.count(DashboardFigure.INCUBATED_ACHIEVEMENTS_BY_CATEGORY,
                                       ledger.achievements().category[subject], slot);
                        } else {
                            sink.count(DashboardFigure.INCUBATED_PATENTS_BY_TYPE, ledger.patents().type[subject],
                                       slot);
                            sink.count(DashboardFigure.INCUBATED_PATENTS_BY_STATUS,
                                       ledger.patents().status[subject], slot);
                        }
                    }
                    int graduated = incubations.graduatedOn[slot];
                    if (graduated != Incubations.NO_DATE && graduated >= from && graduated <= to) {
                        sink.count(DashboardFigure.GRADUATED_BY_OUTCOME, incubations.outcome[slot], slot);
                    }
                }
            }
        }
    }

    Dashboard answer(LedgerIndex.View ledger, StudioRatings ratings, long position) {
        boolean[] inScope = scope.studiosIn(ledger);
        long[][] counts = counts(ledger, ratings, inScope);
        SavingsPass savings = savings(ledger, inScope);
        DashboardQuery before = previous();
        long[][] previousCounts = before.counts(ledger, ratings, inScope);
        SavingsPass previousSavings = before.savings(ledger, inScope);
        Dashboard.Headline now = headline(counts, savings);
        Dashboard.Headline then = headline(previousCounts, previousSavings);
        return new Dashboard(
                region, enterprise, fromYear, toYear, on,
                new Dashboard.Studios(count(counts, DashboardFigure.STUDIOS, 0),
                                      breakdown(counts, DashboardFigure.STUDIOS_BY_LEVEL),
                                      breakdown(counts, DashboardFigure.STUDIOS_BY_KIND), toYear,
                                      breakdown(counts, DashboardFigure.STUDIOS_BY_STARS),
                                      breakdown(counts, DashboardFigure.STUDIOS_BY_OFFICIAL_STARS)),
                new Dashboard.Achievements(count(counts, DashboardFigure.ACHIEVEMENTS, 0),
                                           breakdown(counts, DashboardFigure.ACHIEVEMENTS_BY_CATEGORY),
                                           breakdown(counts, DashboardFigure.ACHIEVEMENTS_BY_STATUS)),
                savings.answer(this),
                new Dashboard.Patents(count(counts, DashboardFigure.PATENTS_FILED, 0),
                                      breakdown(counts, DashboardFigure.PATENTS_FILED_BY_TYPE),
                                      count(counts, DashboardFigure.PATENTS_GRANTED, 0),
                                      breakdown(counts, DashboardFigure.PATENTS_GRANTED_BY_TYPE)),
                new Dashboard.Incubation(count(counts, DashboardFigure.INCUBATED, 0),
                                         breakdown(counts, DashboardFigure.INCUBATED_ACHIEVEMENTS_BY_CATEGORY),
                                         breakdown(counts, DashboardFigure.INCUBATED_PATENTS_BY_TYPE),
                                         breakdown(counts, DashboardFigure.INCUBATED_PATENTS_BY_STATUS),
                                         breakdown(counts, DashboardFigure.GRADUATED_BY_OUTCOME),
                                         stations(ledger, ratings, inScope)),
                feeDeadlines(ledger, inScope),
                new Dashboard.TopStudios(topByStars(ledger, ratings, inScope), topBySavings(ledger, savings),
                                         topByPatents(ledger, inScope)),
                new Dashboard.Comparison(before.fromYear, before.toYear, then, difference(now, then)),
                position);
    }

    /** Incubations admitted in the range per station, each with the link to that station's dashboard figures. */
    private List<Dashboard.StationCount> stations(LedgerIndex.View ledger, StudioRatings ratings, boolean[] inScope) {
        long[] admitted = new long[ledger.incubations().stations.size()];
        classify(ledger, ratings, DashboardFigure.Record.INCUBATION, inScope, (figure, key, slot) -> {
            if (figure == DashboardFigure.INCUBATED) {
                admitted[ledger.incubations().station[slot]]++;
            }
        });
        List<Dashboard.StationCount> stations = new ArrayList<>();
        for (Incubations.Station known : ledger.incubations().stations) {
            if (admitted[known.ordinal()] > 0 || station == null || station.equals(known.id())) {
                DashboardQuery only = new DashboardQuery(scope, region, enterprise, known.id(), fromYear, toYear, on);
                stations.add(new Dashboard.StationCount(known.id(), known.name(), known.regionCode(),
                                                        known.hostUnion(), new Dashboard.Count(
                        admitted[known.ordinal()], only.href(DashboardFigure.INCUBATED, "total"))));
            }
        }
        return List.copyOf(stations);
    }

    /** The slots of the records one figure counts under one key, in slot order. */
    List<Integer> records(LedgerIndex.View ledger, StudioRatings ratings, DashboardFigure figure, int key) {
        List<Integer> slots = new ArrayList<>();
        classify(ledger, ratings, figure.record, scope.studiosIn(ledger), (counted, countedKey, slot) -> {
            if (counted == figure && countedKey == key) {
                slots.add(slot);
            }
        });
        return slots;
    }

    String href(DashboardFigure figure, String key) {
        StringBuilder href = new StringBuilder("/api/dashboard/records?figure=").append(figure.code)
                .append("&key=").append(key);
        return withRange(href).toString();
    }

    StringBuilder withRange(StringBuilder href) {
        if (region != null) {
            href.append("&region=").append(region);
        }
        if (enterprise != null) {
            href.append("&enterprise=").append(URLEncoder.encode(enterprise, StandardCharsets.UTF_8));
        }
        if (station != null) {
            href.append("&station=").append(URLEncoder.encode(station, StandardCharsets.UTF_8));
        }
        return href.append("&fromYear=").append(fromYear).append("&toYear=").append(toYear);
    }

    private long[][] counts(LedgerIndex.View ledger, StudioRatings ratings, boolean[] inScope) {
        long[][] counts = new long[DashboardFigure.values().length][];
        for (DashboardFigure figure : DashboardFigure.values()) {
            counts[figure.ordinal()] = new long[figure.keys.size()];
        }
        Sink sink = (figure, key, slot) -> counts[figure.ordinal()][key]++;
        for (DashboardFigure.Record kind : DashboardFigure.Record.values()) {
            classify(ledger, ratings, kind, inScope, sink);
        }
        return counts;
    }

    private Dashboard.Count count(long[][] counts, DashboardFigure figure, int key) {
        return new Dashboard.Count(counts[figure.ordinal()][key], href(figure, figure.keys.get(key)));
    }

    private Map<String, Dashboard.Count> breakdown(long[][] counts, DashboardFigure figure) {
        Map<String, Dashboard.Count> breakdown = new LinkedHashMap<>();
        for (int key = 0; key < figure.keys.size(); key++) {
            breakdown.put(figure.keys.get(key), count(counts, figure, key));
        }
        return breakdown;
    }

    /** Claimed, verified and pending savings of the claims for periods in the range, per period and per studio. */
    private SavingsPass savings(LedgerIndex.View ledger, boolean[] inScope) {
        ClaimColumns claims = ledger.claims();
        int years = toYear - fromYear + 1;
        SavingsPass pass = new SavingsPass(years, ledger.studios().size());
        for (int slot = 0; slot < claims.count; slot++) {
            int year = claims.year[slot];
            if (year < fromYear || year > toYear || !inScope[claims.studio[slot]]) {
                continue;
            }
            int period = (year - fromYear) * 5 + claims.quarter[slot];
            long claimed = claims.countedClaimedFen(slot);
            long verified = claims.countedVerifiedFen(slot);
            pass.claimed[period] = Math.addExact(pass.claimed[period], claimed);
            pass.verified[period] = Math.addExact(pass.verified[period], verified);
            pass.pending = Math.addExact(pass.pending, claims.pendingFen(slot));
            pass.claims[period]++;
            int studio = claims.studio[slot];
            pass.verifiedByStudio[studio] = Math.addExact(pass.verifiedByStudio[studio], verified);
        }
        return pass;
    }

    private final class SavingsPass {
        final long[] claimed;
        final long[] verified;
        final long[] claims;
        final long[] verifiedByStudio;
        long pending;

        SavingsPass(int years, int studios) {
            claimed = new long[years * 5];
            verified = new long[years * 5];
            claims = new long[years * 5];
            verifiedByStudio = new long[studios];
        }

        long total(long[] perPeriod) {
            long total = 0;
            for (long value : perPeriod) {
                total = Math.addExact(total, value);
            }
            return total;
        }

        Dashboard.Savings answer(DashboardQuery query) {
            List<Dashboard.Period> trend = new ArrayList<>();
            for (int period = 0; period < claims.length; period++) {
                int year = fromYear + period / 5;
                int quarter = period % 5;
                if (quarter == ClaimColumns.WHOLE_YEAR && claims[period] == 0) {
                    continue; // a year without whole-year claims shows its quarters only
                }
                String name = quarter == ClaimColumns.WHOLE_YEAR ? Integer.toString(year) : year + "-Q" + quarter;
                trend.add(new Dashboard.Period(name, Fen.toYuan(claimed[period]), Fen.toYuan(verified[period]),
                                               claims[period], savingsHref(query, name)));
            }
            return new Dashboard.Savings(Fen.toYuan(total(claimed)), Fen.toYuan(total(verified)), Fen.toYuan(pending),
                                         total(claims), query.withRange(new StringBuilder(
                                                 "/api/dashboard/records?figure=savings")).toString(),
                                         List.copyOf(trend));
        }

        private String savingsHref(DashboardQuery query, String period) {
            return query.withRange(new StringBuilder("/api/dashboard/records?figure=savings&key=").append(period))
                        .toString();
        }
    }

    private Dashboard.FeeDeadlines feeDeadlines(LedgerIndex.View ledger, boolean[] inScope) {
        PatentColumns patents = ledger.patents();
        int today = (int) on.toEpochDay();
        int until = today + FEE_WINDOW_DAYS;
        TopSlots soonest = new TopSlots(SOONEST_FEES);
        long due = 0;
        long overdue = 0;
        for (int slot = 0; slot < patents.count; slot++) {
            int dueOn = patents.nextFeeDueOn[slot];
            if (dueOn == PatentColumns.NO_DATE || dueOn > until || !inScope[patents.studio[slot]]) {
                continue;
            }
            if (dueOn < today) {
                if (patents.status(slot) != PatentStatus.GRANTED && patents.status(slot) != PatentStatus.LAPSED) {
                    continue;
                }
                overdue++;
            }
            due++;
            soonest.offer(dueOn, slot);
        }
        List<Dashboard.FeeDue> listed = new ArrayList<>();
        for (int slot : soonest.sorted()) {
            listed.add(new Dashboard.FeeDue(
                    patents.ids[slot], patents.titles[slot], patents.applicationNumbers[slot], patents.type(slot),
                    patents.nextFeeYear[slot], LocalDate.ofEpochDay(patents.nextFeeDueOn[slot]),
                    Fen.toYuan(patents.nextFeeFen[slot]), patents.nextFeeDueOn[slot] < today,
                    StudioRef.of(ledger.studios().get(patents.studio[slot]))));
        }
        return new Dashboard.FeeDeadlines(FEE_WINDOW_DAYS, due, overdue, List.copyOf(listed));
    }

    /** Most stars first, then the highest score, then the order the studios were registered in. */
    private List<Dashboard.StudioFigure> topByStars(LedgerIndex.View ledger, StudioRatings ratings,
                                                    boolean[] inScope) {
        TopSlots top = new TopSlots(TOP);
        for (IndexedStudio studio : ledger.studios()) {
            if (inScope[studio.ordinal] && studio.name != null && studio.status != StudioStatus.REVOKED) {
                StudioRatings.Stars rating = ratings.stars(ledger, studio, toYear);
                if (rating != null) {
                    long hundredths = rating.score().setScale(2, RoundingMode.DOWN).unscaledValue().longValue();
                    top.offer(-(rating.stars() * STARS_WEIGHT + hundredths), studio.ordinal);
                }
            }
        }
        List<Dashboard.StudioFigure> ranked = new ArrayList<>();
        for (int ordinal : top.sorted()) {
            IndexedStudio studio = ledger.studios().get(ordinal);
            ranked.add(new Dashboard.StudioFigure(ranked.size() + 1, StudioRef.of(studio),
                                                  Integer.toString(ratings.stars(ledger, studio, toYear).stars()),
                                                  ratingHref(studio)));
        }
        return List.copyOf(ranked);
    }

    private List<Dashboard.StudioFigure> topBySavings(LedgerIndex.View ledger, SavingsPass savings) {
        return top(ledger, savings.verifiedByStudio, fen -> Fen.toYuan(fen).toString());
    }

    private List<Dashboard.StudioFigure> topByPatents(LedgerIndex.View ledger, boolean[] inScope) {
        long[] granted = new long[ledger.studios().size()];
        classify(ledger, null, DashboardFigure.Record.PATENT, inScope, (figure, key, slot) -> {
            if (figure == DashboardFigure.PATENTS_GRANTED) {
                granted[ledger.patents().studio[slot]]++;
            }
        });
        return top(ledger, granted, Long::toString);
    }

    /** The studios with the largest positive values, ties in the order they were registered. */
    private List<Dashboard.StudioFigure> top(LedgerIndex.View ledger, long[] values, LongFunction<String> shown) {
        TopSlots top = new TopSlots(TOP);
        for (int studio = 0; studio < values.length; studio++) {
            if (values[studio] > 0) {
                top.offer(-values[studio], studio);
            }
        }
        List<Dashboard.StudioFigure> ranked = new ArrayList<>();
        for (int ordinal : top.sorted()) {
            IndexedStudio studio = ledger.studios().get(ordinal);
            ranked.add(new Dashboard.StudioFigure(ranked.size() + 1, StudioRef.of(studio),
                                                  shown.apply(values[ordinal]), ratingHref(studio)));
        }
        return List.copyOf(ranked);
    }

    private String ratingHref(IndexedStudio studio) {
        return "/api/studios/" + studio.id + "/ratings/" + toYear;
    }

    private static Dashboard.Headline headline(long[][] counts, SavingsPass savings) {
        long[] stars = counts[DashboardFigure.STUDIOS_BY_STARS.ordinal()];
        return new Dashboard.Headline(counts[DashboardFigure.ACHIEVEMENTS.ordinal()][0],
                                      Fen.toYuan(savings.total(savings.claimed)),
                                      Fen.toYuan(savings.total(savings.verified)),
                                      counts[DashboardFigure.PATENTS_FILED.ordinal()][0],
                                      counts[DashboardFigure.PATENTS_GRANTED.ordinal()][0],
                                      counts[DashboardFigure.INCUBATED.ordinal()][0],
                                      sum(counts[DashboardFigure.GRADUATED_BY_OUTCOME.ordinal()]),
                                      stars[4] + stars[5]);
    }

    private static Dashboard.Headline difference(Dashboard.Headline now, Dashboard.Headline then) {
        return new Dashboard.Headline(now.achievements() - then.achievements(),
                                      new Yuan(now.claimed().amount().subtract(then.claimed().amount())),
                                      new Yuan(now.verified().amount().subtract(then.verified().amount())),
                                      now.patentsFiled() - then.patentsFiled(),
                                      now.patentsGranted() - then.patentsGranted(),
                                      now.incubated() - then.incubated(), now.graduated() - then.graduated(),
                                      now.fourOrFiveStars() - then.fourOrFiveStars());
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }
}
