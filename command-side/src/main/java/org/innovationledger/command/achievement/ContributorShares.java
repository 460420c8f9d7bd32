package org.innovationledger.command.achievement;

import org.innovationledger.api.achievement.Contributor;
import org.innovationledger.api.common.BusinessRuleViolation;
import org.innovationledger.api.common.ErrorCode;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who contributed to an achievement (完成人) and how much: at least one person, each named once (by 工号 when they
 * have one, else by name), with positive shares of at most two decimals that add up to exactly 100 percent.
 */
final class ContributorShares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ContributorShares() {
    }

    static void ensureValid(List<Contributor> contributors) {
        if (contributors == null || contributors.isEmpty()) {
            throw invalid("an achievement names at least one contributor");
        }
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Contributor contributor : contributors) {
            if (contributor == null || contributor.name() == null || contributor.name().isBlank()) {
                throw invalid("every contributor has a name");
            }
            if (!seen.add(identity(contributor))) {
                throw invalid(contributor.name() + " is named twice among the contributors");
            }
            BigDecimal share = contributor.share();
            if (share == null || share.signum() <= 0 || share.stripTrailingZeros().scale() > 2) {
                throw invalid("the share of " + contributor.name() + " must be a positive percentage with at most "
                        + "two decimals, got " + (share == null ? "none" : share.toPlainString()));
            }
            total = total.add(share);
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw invalid("the contributors' shares add up to " + total.toPlainString() + ", not 100");
        }
    }

    private static String identity(Contributor contributor) {
        return contributor.memberId() == null || contributor.memberId().isBlank()
                ? "name:" + contributor.name().trim()
                : "member:" + contributor.memberId().trim();
    }

    private static BusinessRuleViolation invalid(String detail) {
        return new BusinessRuleViolation(ErrorCode.CONTRIBUTOR_SHARES_INVALID, detail);
    }
}
