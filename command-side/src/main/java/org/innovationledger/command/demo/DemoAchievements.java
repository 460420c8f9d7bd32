package org.innovationledger.command.demo;

import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.command.demo.DemoCounty.Member;
import org.innovationledger.command.demo.DemoCounty.Studio;
import org.innovationledger.command.demo.DemoPlan.Chain;
import org.innovationledger.command.demo.DemoPlan.ChainBuilder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.innovationledger.api.achievement.AchievementStatus.*;
import static org.innovationledger.command.demo.DemoCounty.HISTORY_ENDS;
import static org.innovationledger.command.demo.DemoCounty.between;
import static org.innovationledger.command.demo.DemoCounty.min;
import static org.innovationledger.command.demo.DemoCounty.pick;
import static org.innovationledger.command.demo.DemoPlan.body;

/**
 * The county's 420 "五小" achievements over 2024–2026 in every status, with reviews, awards, recommendations,
 * adoptions and savings claims — corrected, rejected, verified, some adjusted, the latest ones still pending.
 */
final class DemoAchievements {

    /** The county's verified savings come out just over this (the real county reported "more than a million"). */
    static final double TARGET_VERIFIED = 1_120_000;

    static final Map<AchievementStatus, Integer> STATUSES = new EnumMap<>(Map.of(
            DRAFT, 10, SUBMITTED, 12, RETURNED, 9, REJECTED, 10, WITHDRAWN, 5,
            ACCEPTED, 32, IMPLEMENTED, 218, RECOMMENDED, 72, ADOPTED, 52));
    static final Map<AchievementCategory, Integer> CATEGORIES = new EnumMap<>(Map.of(
            AchievementCategory.SMALL_INNOVATION, 126, AchievementCategory.SMALL_SUGGESTION, 105,
            AchievementCategory.SMALL_INVENTION, 63, AchievementCategory.SMALL_DESIGN, 63,
            AchievementCategory.SMALL_CREATION, 63));

    /** What other parts of the demo need to know of an achievement. */
    record Info(int no, Studio studio, AchievementCategory category, AchievementStatus status, LocalDate acceptedOn,
                LocalDate implementedFrom) {

        String ref() {
            return "achievement:" + no;
        }
    }

    private final List<Info> infos = new ArrayList<>();
    private final List<Chain> chains = new ArrayList<>();
    private BigDecimal verifiedInCounty = BigDecimal.ZERO;
    private BigDecimal verifiedTotal = BigDecimal.ZERO;
    private int claims;

    DemoAchievements(DemoCounty county, Random random, double scale) {
        List<AchievementStatus> statuses = new ArrayList<>();
        STATUSES.forEach((status, count) -> statuses.addAll(Collections.nCopies(count, status)));
        List<AchievementCategory> categories = new ArrayList<>();
        CATEGORIES.forEach((category, count) -> categories.addAll(Collections.nCopies(count, category)));
        Collections.shuffle(statuses, random);
        Collections.shuffle(categories, random);
        List<Studio> owners = new ArrayList<>();
        for (Studio studio : county.studios) {
            int count = switch (studio.level()) {
                case NATIONAL -> 30;
                case PROVINCIAL, MUNICIPAL -> 12;
                case COUNTY -> 6;
                case ENTERPRISE -> studio.no() < 48 ? 4 : 3;
            };
            owners.addAll(Collections.nCopies(count, studio));
        }
        for (int no = 0; no < owners.size(); no++) {
            chains.add(achievement(no, owners.get(no), categories.get(no), statuses.get(no), random, scale));
        }
    }

    List<Chain> chains() {
        return chains;
    }

    List<Info> infos() {
        return infos;
    }

    /** Verified savings, adjusting entries included, of the studios in the county itself (360829). */
    BigDecimal verifiedInCounty() {
        return verifiedInCounty;
    }

    BigDecimal verifiedTotal() {
        return verifiedTotal;
    }

    int claims() {
        return claims;
    }

    private Chain achievement(int no, Studio studio, AchievementCategory category, AchievementStatus status,
                              Random random, double scale) {
        String name = String.format("a%03d", no);
        String ref = "achievement:" + no;
        String path = "/api/achievements/{" + ref + "}";
        ChainBuilder chain = new ChainBuilder(name);
        LocalDate achievedOn = switch (status) {
            case DRAFT -> between(random, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 10));
            case SUBMITTED -> between(random, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 20));
            case RETURNED -> between(random, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30));
            case REJECTED, WITHDRAWN -> between(random, LocalDate.of(2024, 3, 1), LocalDate.of(2026, 8, 31));
            case ACCEPTED -> between(random, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31));
            case IMPLEMENTED -> between(random, LocalDate.of(2024, 1, 5), LocalDate.of(2026, 6, 30));
            default -> between(random, LocalDate.of(2024, 1, 5), LocalDate.of(2025, 10, 31));
        };
        Map<String, Object> content = content(no, studio, category, achievedOn, random, false);
        chain.postSavingId("record", "/api/achievements", body("studioId", "@" + studio.ref(), "content", content),
                           ref);
        LocalDate acceptedOn = null;
        LocalDate implementedFrom = null;
        if (status != DRAFT) {
            LocalDate day = min(achievedOn.plusDays(5 + random.nextInt(25)), HISTORY_ENDS);
            chain.post("submit", path + "/submission", body("submittedOn", day));
            String reviewer = studio.enterprise().countyUnion() + "经济技术部";
            boolean returnedFirst = status == RETURNED || status.isAcceptedOrLater() && random.nextInt(10) == 0;
            if (returnedFirst) {
                day = min(day.plusDays(10 + random.nextInt(20)), HISTORY_ENDS);
                chain.post("return", path + "/return", body("reviewer", reviewer, "returnedOn", day,
                                                             "reason", pick(random, DemoTexts.RETURN_REASONS)));
                if (status != RETURNED) {
                    day = min(day.plusDays(5 + random.nextInt(15)), HISTORY_ENDS);
                    chain.put("revise", path + "/content", content(no, studio, category, achievedOn, random, true));
                    chain.post("resubmit", path + "/submission", body("submittedOn", day));
                }
            }
            switch (status) {
                case WITHDRAWN -> chain.post("withdraw", path + "/withdrawal", body(
                        "withdrawnOn", min(day.plusDays(3 + random.nextInt(10)), HISTORY_ENDS),
                        "reason", "方案调整，待完善后重新申报"));
                case REJECTED -> chain.post("reject", path + "/rejection", body(
                        "reviewer", reviewer, "rejectedOn", min(day.plusDays(10 + random.nextInt(30)), HISTORY_ENDS),
                        "reason", pick(random, DemoTexts.REJECT_REASONS)));
                default -> {
                }
            }
            if (status.isAcceptedOrLater()) {
                acceptedOn = min(day.plusDays(10 + random.nextInt(30)), HISTORY_ENDS);
                chain.post("accept", path + "/acceptance", body("reviewer", reviewer, "acceptedOn", acceptedOn,
                                                                 "comment", "同意采纳"));
                awards(chain, path, studio, acceptedOn, random);
            }
            if (status.isImplementedOrLater()) {
                implementedFrom = min(acceptedOn.plusDays(10 + random.nextInt(50)), HISTORY_ENDS);
                String site = pick(random, studio.enterprise().sites());
                chain.post("implement", path + "/implementation", body("site", site, "implementedFrom",
                                                                        implementedFrom));
                if (status == RECOMMENDED || status == ADOPTED && random.nextBoolean()) {
                    boolean provincial = random.nextInt(6) == 0;
                    chain.post("recommend", path + "/recommendations", body(
                            "level", provincial ? "PROVINCIAL" : "MUNICIPAL",
                            "recommendedTo", provincial ? DemoCounty.PROVINCE_UNION : DemoCounty.CITY_UNION,
                            "recommendedOn", min(implementedFrom.plusDays(30 + random.nextInt(120)), HISTORY_ENDS),
                            "note", provincial ? "推荐参加全省职工\"五小\"成果评选" : "推荐参加全市职工\"五小\"成果评选"));
                }
                if (status == ADOPTED) {
                    int adoptions = 1 + random.nextInt(2);
                    List<DemoCounty.Enterprise> others = new ArrayList<>(DemoCounty.ENTERPRISES);
                    others.remove(studio.enterprise());
                    Collections.shuffle(others, random);
                    for (int a = 0; a < adoptions; a++) {
                        DemoCounty.Enterprise adopter = others.get(a);
                        chain.post("adopt-" + a, path + "/adoptions", body(
                                "adopter", adopter.name(), "site", adopter.sites().get(0),
                                "adoptedOn", min(implementedFrom.plusDays(60 + random.nextInt(240)), HISTORY_ENDS),
                                "note", "经县总工会组织推广应用"));
                    }
                }
                if (random.nextInt(100) < 62) {
                    savings(chain, name, path, studio, category, implementedFrom, random, scale);
                }
            }
        }
        infos.add(new Info(no, studio, category, status, acceptedOn, implementedFrom));
        return chain.build();
    }

    private static Map<String, Object> content(int no, Studio studio, AchievementCategory category,
                                               LocalDate achievedOn, Random random, boolean revised) {
        List<Member> members = studio.members();
        int count = Math.min(members.size(), 1 + random.nextInt(3));
        int[][] shares = {{100}, {60, 40}, {50, 30, 20}};
        List<Map<String, Object>> contributors = new ArrayList<>();
        int first = random.nextInt(members.size());
        for (int c = 0; c < count; c++) {
            Member member = members.get((first + c) % members.size());
            contributors.add(body("name", member.name(), "memberId", member.id(),
                                  "share", String.valueOf(shares[count - 1][c])));
        }
        String object = DemoTexts.OBJECTS[no % DemoTexts.OBJECTS.length];
        return body("title", DemoTexts.title(category, no), "category", category.name(),
                    "description", "针对" + object + "存在的问题，" + pick(random, DemoTexts.MEASURES) + "。",
                    "problem", object + pick(random, DemoTexts.PROBLEMS),
                    "measure", pick(random, DemoTexts.MEASURES) + (revised ? "，并补充了效益测算和现场应用记录" : ""),
                    "effect", pick(random, DemoTexts.EFFECTS),
                    "contributors", contributors, "achievedOn", achievedOn);
    }

    private static void awards(ChainBuilder chain, String path, Studio studio, LocalDate acceptedOn, Random random) {
        int roll = random.nextInt(100);
        if (roll >= 38) {
            return;
        }
        String[] grades = {"FIRST", "SECOND", "THIRD", "EXCELLENCE"};
        LocalDate awardedOn = min(acceptedOn.plusDays(30 + random.nextInt(150)), HISTORY_ENDS);
        boolean enterprise = studio.level() == NamingLevel.ENTERPRISE && roll < 20;
        chain.post("award-1", path + "/awards", body(
                "level", enterprise ? "ENTERPRISE" : "COUNTY", "grade", grades[random.nextInt(4)],
                "awardingBody", enterprise ? studio.enterprise().name() + "工会" : studio.enterprise().countyUnion(),
                "awardedOn", awardedOn));
        if (roll < 12) {
            boolean high = roll < 2;
            boolean provincial = roll < 5;
            chain.post("award-2", path + "/awards", body(
                    "level", high ? "NATIONAL" : provincial ? "PROVINCIAL" : "MUNICIPAL",
                    "grade", grades[high ? 2 : random.nextInt(4)],
                    "awardingBody", high ? DemoCounty.NATIONAL_UNION
                            : provincial ? DemoCounty.PROVINCE_UNION : DemoCounty.CITY_UNION,
                    "awardedOn", min(awardedOn.plusDays(60 + random.nextInt(120)), HISTORY_ENDS)));
        }
    }

    /** Quarterly or yearly claims from the implementation on, each corrected, rejected, verified or pending. */
    private void savings(ChainBuilder chain, String name, String path, Studio studio, AchievementCategory category,
                         LocalDate implementedFrom, Random random, double scale) {
        double weight = switch (category) {
            case SMALL_INVENTION -> 1.4;
            case SMALL_INNOVATION, SMALL_CREATION -> 1.0;
            case SMALL_DESIGN -> 0.8;
            case SMALL_SUGGESTION -> 0.5;
        } * scale;
        List<String> periods = new ArrayList<>();
        List<LocalDate> periodEnds = new ArrayList<>();
        if (random.nextInt(10) < 3 && implementedFrom.getYear() <= 2025) {
            for (int year = implementedFrom.getYear(); year <= 2025 && periods.size() < 2; year++) {
                periods.add(String.valueOf(year));
                periodEnds.add(LocalDate.of(year, 12, 31));
            }
        } else {
            int limit = 1 + random.nextInt(6);
            LocalDate quarterStart = implementedFrom.withDayOfMonth(1)
                                                    .withMonth((implementedFrom.getMonthValue() - 1) / 3 * 3 + 1);
            while (periods.size() < limit && !quarterStart.plusMonths(3).isAfter(LocalDate.of(2026, 10, 1))) {
                periods.add(quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1));
                periodEnds.add(quarterStart.plusMonths(3).minusDays(1));
                quarterStart = quarterStart.plusMonths(3);
            }
        }
        for (int p = 0; p < periods.size(); p++) {
            String period = periods.get(p);
            boolean yearly = !period.contains("Q");
            LocalDate claimedOn = periodEnds.get(p).plusDays(5 + random.nextInt(20));
            BigDecimal amount = yuan((yearly ? 6_000 + random.nextInt(30_000) : 1_500 + random.nextInt(9_000))
                                     * weight);
            String claim = name + "/claim" + p;
            String claimPath = path + "/savings-claims/{" + claim + "}";
            String evidence = "财务凭证 " + claimedOn.getYear() + "-" + (100 + random.nextInt(800));
            String method = pick(random, "维修费与停机损失对比", "节约材料费按实际用量核算", "节约电费按电表读数核算",
                                 "减少外委费用按合同核算", "人工工时节约折算");
            chain.postSavingEntity("claim-" + period, path + "/savings-claims", body(
                    "period", period, "amount", amount.toPlainString(), "method", method, "evidenceRef", evidence,
                    "claimedOn", claimedOn), claim);
            claims++;
            LocalDate lastChange = claimedOn;
            int roll = random.nextInt(100);
            if (roll < 7) {
                LocalDate rejectedOn = lastChange.plusDays(10 + random.nextInt(10));
                String verifier = studio.enterprise().countyUnion() + "财务部";
                chain.post("claim-" + period + "-reject", claimPath + "/rejection", body(
                        "rejectedBy", verifier, "rejectedOn", rejectedOn,
                        "reason", pick(random, DemoTexts.CLAIM_REJECT_REASONS)));
                if (random.nextBoolean()) {   // claimed again with the evidence
                    String again = claim + "b";
                    LocalDate claimedAgain = rejectedOn.plusDays(5);
                    BigDecimal smaller = yuan(amount.doubleValue() * 0.8);
                    chain.postSavingEntity("claim-" + period + "-again", path + "/savings-claims", body(
                            "period", period, "amount", smaller.toPlainString(), "method", method,
                            "evidenceRef", evidence + "（补）", "claimedOn", claimedAgain), again);
                    claims++;
                    verify(chain, "claim-" + period + "-again", path + "/savings-claims/{" + again + "}", studio,
                           smaller, claimedAgain, random, true);
                }
                continue;
            }
            if (roll < 15) {
                lastChange = lastChange.plusDays(3 + random.nextInt(8));
                amount = yuan(amount.doubleValue() * (random.nextBoolean() ? 1.1 : 0.9));
                chain.put("claim-" + period + "-correct", claimPath, body(
                        "amount", amount.toPlainString(), "method", method + "（重新测算）",
                        "evidenceRef", evidence, "correctedOn", lastChange,
                        "reason", pick(random, "漏计备件费用", "按财务口径重新核算", "剔除非本成果带来的节约")));
            }
            boolean recent = claimedOn.isAfter(LocalDate.of(2026, 9, 30));
            if (recent && random.nextBoolean()) {
                continue;   // pending verification
            }
            verify(chain, "claim-" + period, claimPath, studio, amount, lastChange, random, false);
        }
    }

    private void verify(ChainBuilder chain, String step, String claimPath, Studio studio, BigDecimal claimed,
                        LocalDate after, Random random, boolean full) {
        BigDecimal verified = full || random.nextInt(10) < 7 ? claimed
                : claimed.multiply(BigDecimal.valueOf(85 + random.nextInt(14))).movePointLeft(2)
                         .setScale(0, RoundingMode.DOWN).setScale(2, RoundingMode.UNNECESSARY);
        LocalDate verifiedOn = min(after.plusDays(10 + random.nextInt(30)), HISTORY_ENDS);
        String verifier = studio.enterprise().countyUnion() + "财务部";
        chain.post(step + "-verify", claimPath + "/verification", body(
                "verifiedAmount", verified.toPlainString(), "verifiedBy", verifier, "verifiedOn", verifiedOn,
                "note", "按实际凭证核定"));
        BigDecimal total = verified;
        if (random.nextInt(100) < 5 && verifiedOn.plusDays(30).isBefore(HISTORY_ENDS)) {
            boolean down = random.nextInt(3) > 0;
            BigDecimal change = yuan(verified.doubleValue() * (down ? -0.1 : 0.05));
            if (change.signum() != 0) {
                chain.post(step + "-adjust", claimPath + "/adjustments", body(
                        "amount", change.toPlainString(), "adjustedBy", verifier,
                        "adjustedOn", min(verifiedOn.plusDays(30 + random.nextInt(90)), HISTORY_ENDS),
                        "reason", down ? "年度审计核减" : "补计漏报的节约材料费"));
                total = total.add(change);
            }
        }
        verifiedTotal = verifiedTotal.add(total);
        if (studio.enterprise().region().equals(DemoCounty.COUNTY)) {
            verifiedInCounty = verifiedInCounty.add(total);
        }
    }

    /** Whole yuan, as the amount with two decimals. */
    private static BigDecimal yuan(double amount) {
        return BigDecimal.valueOf(Math.round(amount)).setScale(2, RoundingMode.UNNECESSARY);
    }
}
