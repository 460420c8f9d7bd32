package org.innovationledger.query.rating;

import org.innovationledger.api.rating.RatingBasis;
import org.innovationledger.api.rating.RatingItem;
import org.innovationledger.api.rating.RatingRules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores a studio's year under one version of a rating policy: a line per item (occurrences × points, cut to the
 * cap), the sum, the stars from the thresholds, and what could close the gap to the next star. Exact decimals
 * throughout; the same facts and rules always give the same rating.
 */
public final class RatingCalculator {

    private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);

    private RatingCalculator() {
    }

    public static Rating rate(RatingRules rules, StudioYear year) {
        List<RatingLine> lines = new ArrayList<>(rules.items().size());
        BigDecimal score = BigDecimal.ZERO;
        for (RatingItem item : rules.items()) {
            RatingLine line = line(item, year);
            lines.add(line);
            score = score.add(line.points());
        }
        int stars = starsFor(score, rules.starThresholds());
        return new Rating(score, stars, List.copyOf(lines), gap(rules, lines, score, stars));
    }

    static int starsFor(BigDecimal score, List<BigDecimal> thresholds) {
        int stars = 0;
        while (stars < thresholds.size() && score.compareTo(thresholds.get(stars)) >= 0) {
            stars++;
        }
        return stars;
    }

    private static RatingLine line(RatingItem item, StudioYear year) {
        List<String> ids = counted(item, year);
        int count = countsOnce(item.basis()) ? Math.min(ids.size(), 1) : ids.size();
        BigDecimal uncapped = item.points().multiply(BigDecimal.valueOf(count));
        BigDecimal points = uncapped;
        boolean capApplied = false;
        if (item.cap() != null && uncapped.abs().compareTo(item.cap()) > 0) {
            points = uncapped.signum() < 0 ? item.cap().negate() : item.cap();
            capApplied = true;
        }
        return new RatingLine(item.code(), item.name(), item.basis(), count, item.points(), uncapped, points,
                              item.cap(), capApplied, ids);
    }

    /** A band of savings or a share of funding is one occurrence, however many records lie behind it. */
    private static boolean countsOnce(RatingBasis basis) {
        return basis == RatingBasis.VERIFIED_SAVINGS_BAND || basis == RatingBasis.FUNDING_USED_BELOW;
    }

    /** The ids of the records the item counts; a band or a funding item counts at most once. */
    private static List<String> counted(RatingItem item, StudioYear year) {
        return switch (item.basis()) {
            case VERIFIED_SAVINGS_BAND -> inBand(item, year.verifiedSavingsFen()) ? year.savingsRecordIds() : List.of();
            case FUNDING_USED_BELOW -> usedBelow(item, year) ? year.fundingRecordIds() : List.of();
            default -> year.facts().stream().filter(fact -> matches(item, fact)).map(RatingFact::recordId).toList();
        };
    }

    /** Band items count the year's verified total once, listing every claim behind it. */
    private static boolean inBand(RatingItem item, long fen) {
        BigDecimal yuan = BigDecimal.valueOf(fen).divide(FEN_PER_YUAN, 2, RoundingMode.UNNECESSARY);
        return fen > 0 && yuan.compareTo(item.minYuan().amount()) >= 0
                && (item.maxYuan() == null || yuan.compareTo(item.maxYuan().amount()) < 0);
    }

    private static boolean usedBelow(RatingItem item, StudioYear year) {
        if (year.fundingGrantedFen() <= 0) {
            return false;
        }
        // spent / granted < belowPercent / 100, in whole numbers
        return BigDecimal.valueOf(year.fundingSpentFen()).multiply(FEN_PER_YUAN)
                         .compareTo(BigDecimal.valueOf(year.fundingGrantedFen())
                                              .multiply(BigDecimal.valueOf(item.belowPercent()))) < 0;
    }

    private static boolean matches(RatingItem item, RatingFact fact) {
        return fact.basis() == item.basis()
                && (item.awardLevel() == null || item.awardLevel() == fact.awardLevel())
                && (item.awardGrade() == null || item.awardGrade() == fact.awardGrade())
                && (item.patentType() == null || item.patentType() == fact.patentType())
                && (item.category() == null || item.category() == fact.category());
    }

    private static RatingGap gap(RatingRules rules, List<RatingLine> lines, BigDecimal score, int stars) {
        if (stars >= rules.starThresholds().size()) {
            return null;
        }
        BigDecimal threshold = rules.starThresholds().get(stars);
        BigDecimal missing = threshold.subtract(score);
        // reaching another band of savings replaces the band counted now: only the difference is gained
        BigDecimal bandPointsNow = lines.stream().filter(line -> line.basis() == RatingBasis.VERIFIED_SAVINGS_BAND)
                                        .map(RatingLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<RatingGap.Opportunity> opportunities = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RatingItem item = rules.items().get(i);
            RatingLine line = lines.get(i);
            if (item.points().signum() < 0) {
                if (line.count() > 0) { // a deduction that doing the work would lift
                    opportunities.add(new RatingGap.Opportunity(item.code(), item.name(), line.points().negate(),
                                                                line.points().negate(),
                                                                line.points().negate().compareTo(missing) >= 0 ? 1
                                                                        : null));
                }
                continue;
            }
            boolean once = item.basis() == RatingBasis.VERIFIED_SAVINGS_BAND;
            BigDecimal room = once ? (line.count() == 0 ? item.points().subtract(bandPointsNow) : BigDecimal.ZERO)
                    : item.cap() == null ? null : item.cap().subtract(line.points());
            if (room != null && room.signum() <= 0) {
                continue;
            }
            Integer needed = null;
            if (room == null || room.compareTo(missing) >= 0) {
                needed = once ? 1 : missing.divide(item.points(), 0, RoundingMode.CEILING).intValueExact();
            }
            opportunities.add(new RatingGap.Opportunity(item.code(), item.name(), item.points(), room, needed));
        }
        opportunities.sort(Comparator.comparing((RatingGap.Opportunity o) -> o.occurrencesToClose() == null)
                                     .thenComparing(o -> o.room() == null ? BigDecimal.valueOf(Long.MAX_VALUE)
                                             : o.room(), Comparator.reverseOrder())
                                     .thenComparing(RatingGap.Opportunity::code));
        return new RatingGap(stars + 1, threshold, missing, List.copyOf(opportunities));
    }
}
