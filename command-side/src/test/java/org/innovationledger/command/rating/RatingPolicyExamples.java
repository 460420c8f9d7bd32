package org.innovationledger.command.rating;

import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.rating.IssueRatingPolicy;
import org.innovationledger.api.rating.RatingBasis;
import org.innovationledger.api.rating.RatingIssuer;
import org.innovationledger.api.rating.RatingItem;
import org.innovationledger.api.rating.RatingPolicyIssued;
import org.innovationledger.api.rating.RatingPolicyRevised;
import org.innovationledger.api.rating.RatingRules;
import org.innovationledger.api.rating.ReviseRatingPolicy;
import org.innovationledger.api.studio.NamingLevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An invented provincial rating policy, its versions and the commands sent to it. */
final class RatingPolicyExamples {

    static final String POLICY_ID = "jiangxi-2025";
    static final String NAME = "江西省职工创新工作室星级评定办法";
    static final RatingIssuer ISSUER = new RatingIssuer("江西省总工会", NamingLevel.PROVINCIAL, new RegionCode("360000"));
    static final String ISSUED_BY = "省总工会经济技术部";

    private RatingPolicyExamples() {
    }

    static RatingItem item(String code, RatingBasis basis, String points) {
        return new RatingItem(code, "评分项 " + code, basis, null, null, null, null, null, null, null,
                new BigDecimal(points), null);
    }

    static RatingItem award(String code, AwardLevel level, AwardGrade grade, String points, String cap) {
        return new RatingItem(code, "获奖 " + code, RatingBasis.AWARD, level, grade, null, null, null, null, null,
                new BigDecimal(points), cap == null ? null : new BigDecimal(cap));
    }

    static RatingItem savingsBand(String code, String min, String max, String points) {
        return new RatingItem(code, "效益 " + code, RatingBasis.VERIFIED_SAVINGS_BAND, null, null, null, null,
                min == null ? null : Yuan.of(min), max == null ? null : Yuan.of(max), null, new BigDecimal(points),
                null);
    }

    static RatingItem fundingUsedBelow(Integer percent) {
        return new RatingItem("funding-unused", "经费使用率不足", RatingBasis.FUNDING_USED_BELOW, null, null, null, null,
                null, null, percent, new BigDecimal("-5"), null);
    }

    static List<RatingItem> items() {
        return List.of(
                award("award-provincial", AwardLevel.PROVINCIAL, null, "12", "36"),
                award("award-first-grade", null, AwardGrade.FIRST, "3", "9"),
                new RatingItem("patent-invention", "授权发明专利", RatingBasis.PATENT_GRANTED, null, null,
                        PatentType.INVENTION, null, null, null, null, new BigDecimal("10"), new BigDecimal("30")),
                savingsBand("savings-100k", "100000", "500000", "8"),
                item("members", RatingBasis.MEMBERS, "0.5"),
                fundingUsedBelow(50));
    }

    static List<RatingItem> itemsWith(RatingItem extra) {
        List<RatingItem> items = new ArrayList<>(items());
        items.add(extra);
        return items;
    }

    static List<BigDecimal> thresholds(String... scores) {
        return java.util.Arrays.stream(scores).map(BigDecimal::new).toList();
    }

    static RatingRules rules(int effectiveYear) {
        return new RatingRules(effectiveYear, items(), thresholds("10", "25", "45", "70", "100"));
    }

    static IssueRatingPolicy issue(RatingIssuer issuer, RatingRules rules, String issuedBy) {
        return new IssueRatingPolicy(POLICY_ID, NAME, issuer, rules, issuedBy);
    }

    static IssueRatingPolicy issue(RatingRules rules) {
        return issue(ISSUER, rules, ISSUED_BY);
    }

    static RatingPolicyIssued issued(RatingRules rules) {
        return new RatingPolicyIssued(POLICY_ID, NAME, ISSUER, 1, rules, ISSUED_BY);
    }

    static ReviseRatingPolicy revise(RatingRules rules, String reason, String revisedBy) {
        return new ReviseRatingPolicy(POLICY_ID, null, rules, reason, revisedBy);
    }

    static ReviseRatingPolicy revise(RatingRules rules) {
        return revise(rules, "增加带徒加分", ISSUED_BY);
    }

    static RatingPolicyRevised revised(int version, RatingRules rules) {
        return new RatingPolicyRevised(POLICY_ID, version, rules, "增加带徒加分", ISSUED_BY);
    }
}
