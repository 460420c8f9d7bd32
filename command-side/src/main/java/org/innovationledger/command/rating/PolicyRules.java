package org.innovationledger.command.rating;

import org.innovationledger.api.common.BusinessRuleViolation;
import org.innovationledger.api.common.ErrorCode;
import org.innovationledger.api.rating.RatingBasis;
import org.innovationledger.api.rating.RatingIssuer;
import org.innovationledger.api.rating.RatingItem;
import org.innovationledger.api.rating.RatingRules;
import org.innovationledger.api.studio.NamingLevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What makes a scoring sheet (评分细则) well formed, checked on every version before it is stored:
 * <ul>
 *     <li>at least one item; each with its own code, a name, a basis, non-zero points and a positive cap if any
 *     (both with at most two decimals), and exactly the parameters its basis uses ({@link RatingItem});</li>
 *     <li>five positive minimum scores for 1 to 5 stars, each higher than the one before;</li>
 *     <li>an issuer that names its union and level, and its region unless it is national (a national policy
 *     applies everywhere, so it names none).</li>
 * </ul>
 * Every problem of the items is reported at once, so the union staff correct a sheet in one go.
 */
final class PolicyRules {

    static final int STAR_LEVELS = 5;

    private enum Parameter { AWARD_LEVEL, AWARD_GRADE, PATENT_TYPE, CATEGORY, MIN_YUAN, MAX_YUAN, BELOW_PERCENT }

    private PolicyRules() {
    }

    static void ensureValid(RatingRules rules) {
        if (rules == null) {
            throw new BusinessRuleViolation(ErrorCode.RATING_ITEMS_INVALID, "a policy version states its rules");
        }
        ensureValidItems(rules.items());
        ensureValidThresholds(rules.starThresholds());
    }

    static void ensureValidIssuer(RatingIssuer issuer) {
        if (issuer == null || issuer.union() == null || issuer.union().isBlank() || issuer.level() == null) {
            throw new BusinessRuleViolation(ErrorCode.RATING_ISSUER_INVALID,
                    "the issuer of a policy names its union and its level");
        }
        if (issuer.level() != NamingLevel.NATIONAL && issuer.region() == null) {
            throw new BusinessRuleViolation(ErrorCode.RATING_ISSUER_INVALID, "a policy issued at " + issuer.level()
                    + " level names the region it applies to");
        }
        if (issuer.level() == NamingLevel.NATIONAL && issuer.region() != null) {
            throw new BusinessRuleViolation(ErrorCode.RATING_ISSUER_INVALID,
                    "a national policy applies everywhere and names no region, got " + issuer.region());
        }
    }

    private static void ensureValidItems(List<RatingItem> items) {
        if (items == null || items.isEmpty()) {
            throw new BusinessRuleViolation(ErrorCode.RATING_ITEMS_INVALID, "a policy has at least one item");
        }
        List<String> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int index = 0; index < items.size(); index++) {
            RatingItem item = items.get(index);
            if (item == null) {
                problems.add("item " + (index + 1) + " is empty");
                continue;
            }
            String label = item.code() == null || item.code().isBlank() ? "item " + (index + 1)
                    : "item " + item.code();
            if (item.code() == null || item.code().isBlank()) {
                problems.add(label + " has no code");
            } else if (!codes.add(item.code().trim())) {
                problems.add(label + " is listed twice");
            }
            if (item.name() == null || item.name().isBlank()) {
                problems.add(label + " has no name");
            }
            if (item.points() == null || item.points().signum() == 0 || !hasAtMostTwoDecimals(item.points())) {
                problems.add(label + " gives non-zero points with at most two decimals, got " + plain(item.points()));
            }
            if (item.cap() != null && (item.cap().signum() <= 0 || !hasAtMostTwoDecimals(item.cap()))) {
                problems.add(label + " has a cap that is positive with at most two decimals, got "
                        + plain(item.cap()));
            }
            if (item.basis() == null) {
                problems.add(label + " has no basis");
            } else {
                parameterProblems(label, item, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(ErrorCode.RATING_ITEMS_INVALID, String.join("; ", problems));
        }
    }

    private static void parameterProblems(String label, RatingItem item, List<String> problems) {
        Set<Parameter> allowed = parametersOf(item.basis());
        for (Parameter given : given(item)) {
            if (!allowed.contains(given)) {
                problems.add(label + " counts " + item.basis() + ", which takes no " + name(given));
            }
        }
        if (item.basis() == RatingBasis.VERIFIED_SAVINGS_BAND) {
            if (item.minYuan() == null || item.minYuan().amount().signum() < 0) {
                problems.add(label + " names the band's lower bound minYuan, zero or more");
            } else if (item.maxYuan() != null && !item.maxYuan().exceeds(item.minYuan())) {
                problems.add(label + " has an upper bound maxYuan " + item.maxYuan() + " that is not above minYuan "
                        + item.minYuan());
            }
        }
        if (item.basis() == RatingBasis.FUNDING_USED_BELOW
                && (item.belowPercent() == null || item.belowPercent() < 1 || item.belowPercent() > 100)) {
            problems.add(label + " names belowPercent from 1 to 100, got " + item.belowPercent());
        }
    }

    private static Set<Parameter> parametersOf(RatingBasis basis) {
        return switch (basis) {
            case AWARD -> EnumSet.of(Parameter.AWARD_LEVEL, Parameter.AWARD_GRADE);
            case PATENT_GRANTED, PATENT_FILED -> EnumSet.of(Parameter.PATENT_TYPE);
            case ACHIEVEMENT_ACCEPTED -> EnumSet.of(Parameter.CATEGORY);
            case VERIFIED_SAVINGS_BAND -> EnumSet.of(Parameter.MIN_YUAN, Parameter.MAX_YUAN);
            case FUNDING_USED_BELOW -> EnumSet.of(Parameter.BELOW_PERCENT);
            case ACHIEVEMENT_ADOPTED, MEMBERS, APPRENTICES, CHALLENGES_SOLVED -> EnumSet.noneOf(Parameter.class);
        };
    }

    private static Set<Parameter> given(RatingItem item) {
        Set<Parameter> given = EnumSet.noneOf(Parameter.class);
        if (item.awardLevel() != null) {
            given.add(Parameter.AWARD_LEVEL);
        }
        if (item.awardGrade() != null) {
            given.add(Parameter.AWARD_GRADE);
        }
        if (item.patentType() != null) {
            given.add(Parameter.PATENT_TYPE);
        }
        if (item.category() != null) {
            given.add(Parameter.CATEGORY);
        }
        if (item.minYuan() != null) {
            given.add(Parameter.MIN_YUAN);
        }
        if (item.maxYuan() != null) {
            given.add(Parameter.MAX_YUAN);
        }
        if (item.belowPercent() != null) {
            given.add(Parameter.BELOW_PERCENT);
        }
        return given;
    }

    private static String name(Parameter parameter) {
        return switch (parameter) {
            case AWARD_LEVEL -> "awardLevel";
            case AWARD_GRADE -> "awardGrade";
            case PATENT_TYPE -> "patentType";
            case CATEGORY -> "category";
            case MIN_YUAN -> "minYuan";
            case MAX_YUAN -> "maxYuan";
            case BELOW_PERCENT -> "belowPercent";
        };
    }

    private static void ensureValidThresholds(List<BigDecimal> thresholds) {
        if (thresholds == null || thresholds.size() != STAR_LEVELS
                || thresholds.stream().anyMatch(Objects::isNull)) {
            throw new BusinessRuleViolation(ErrorCode.STAR_THRESHOLDS_INVALID, "a policy gives " + STAR_LEVELS
                    + " minimum scores, for 1 to 5 stars, got " + (thresholds == null ? "none" : thresholds));
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (int stars = 1; stars <= STAR_LEVELS; stars++) {
            BigDecimal threshold = thresholds.get(stars - 1);
            if (threshold.compareTo(previous) <= 0) {
                throw new BusinessRuleViolation(ErrorCode.STAR_THRESHOLDS_INVALID, "the minimum score for " + stars
                        + (stars == 1 ? " star" : " stars") + " must be above " + previous.toPlainString()
                        + ", got " + threshold.toPlainString());
            }
            previous = threshold;
        }
    }

    private static boolean hasAtMostTwoDecimals(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 2;
    }

    private static String plain(BigDecimal number) {
        return number == null ? "none" : number.toPlainString();
    }
}
