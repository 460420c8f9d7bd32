package org.innovationledger.command.demo;

import org.innovationledger.api.patent.AnnualFee;
import org.innovationledger.api.patent.AnnualFees;
import org.innovationledger.api.patent.ApplicationNumber;
import org.innovationledger.api.patent.PatentCalendar;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.command.demo.DemoCounty.Studio;
import org.innovationledger.command.demo.DemoPlan.Chain;
import org.innovationledger.command.demo.DemoPlan.ChainBuilder;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.innovationledger.api.patent.PatentType.DESIGN;
import static org.innovationledger.api.patent.PatentType.INVENTION;
import static org.innovationledger.api.patent.PatentType.UTILITY_MODEL;
import static org.innovationledger.command.demo.DemoCounty.max;
import static org.innovationledger.command.demo.DemoCounty.min;
import static org.innovationledger.command.demo.DemoCounty.pick;
import static org.innovationledger.command.demo.DemoPlan.body;

/**
 * The county's patents in every state the patent API reaches. Their dates count back from the day the demo is
 * loaded, so that the deadline calendar always shows fees due in the coming months, fees in their grace period,
 * a restoration window, a re-examination window and office actions awaiting an answer.
 */
final class DemoPatents {

    /** Where a patent ends up, and how it got there. */
    enum Scenario {
        FILED, CORRECTION, FORMAL, PUBLISHED, EXAMINING, OA_OPEN, OA_ANSWERED, REJECTED, REEXAMINING,
        FINALLY_REJECTED, OVERTURNED, GRANTED, GRANTED_FEE_SOON, TRANSFERRED, LICENSED, PARTLY_INVALIDATED,
        PAID_IN_GRACE, IN_GRACE, LAPSED, RESTORED, INVALIDATED, WITHDRAWN, DEEMED_WITHDRAWN, EXPIRED
    }

    static final Map<PatentType, Map<Scenario, Integer>> COUNTS = new EnumMap<>(Map.of(
            INVENTION, counts(Scenario.FILED, 4, Scenario.CORRECTION, 2, Scenario.FORMAL, 4, Scenario.PUBLISHED, 8,
                              Scenario.EXAMINING, 6, Scenario.OA_OPEN, 4, Scenario.OA_ANSWERED, 4,
                              Scenario.REJECTED, 3, Scenario.REEXAMINING, 2, Scenario.FINALLY_REJECTED, 2,
                              Scenario.OVERTURNED, 2, Scenario.GRANTED, 18, Scenario.GRANTED_FEE_SOON, 10,
                              Scenario.TRANSFERRED, 3, Scenario.LICENSED, 4, Scenario.PARTLY_INVALIDATED, 1,
                              Scenario.PAID_IN_GRACE, 2, Scenario.IN_GRACE, 2, Scenario.LAPSED, 2,
                              Scenario.RESTORED, 2, Scenario.INVALIDATED, 2, Scenario.WITHDRAWN, 3,
                              Scenario.DEEMED_WITHDRAWN, 3, Scenario.EXPIRED, 1),
            UTILITY_MODEL, counts(Scenario.FILED, 3, Scenario.CORRECTION, 1, Scenario.FORMAL, 3, Scenario.REJECTED, 1,
                                  Scenario.GRANTED, 16, Scenario.GRANTED_FEE_SOON, 8, Scenario.TRANSFERRED, 1,
                                  Scenario.LICENSED, 2, Scenario.PARTLY_INVALIDATED, 1, Scenario.PAID_IN_GRACE, 1,
                                  Scenario.IN_GRACE, 1, Scenario.LAPSED, 1, Scenario.RESTORED, 1,
                                  Scenario.INVALIDATED, 1, Scenario.WITHDRAWN, 2, Scenario.DEEMED_WITHDRAWN, 1,
                                  Scenario.EXPIRED, 2),
            DESIGN, counts(Scenario.FILED, 2, Scenario.FORMAL, 1, Scenario.REJECTED, 1, Scenario.GRANTED, 7,
                           Scenario.GRANTED_FEE_SOON, 4, Scenario.LICENSED, 1, Scenario.LAPSED, 1,
                           Scenario.INVALIDATED, 1, Scenario.WITHDRAWN, 1, Scenario.EXPIRED, 1)));

    /** What the service station needs to know of a patent. */
    record Info(int no, PatentType type, Scenario scenario, LocalDate filedOn) {

        String ref() {
            return "patent:" + no;
        }
    }

    private final DemoCounty county;
    private final LocalDate today;
    private final List<Chain> chains = new ArrayList<>();
    private final List<Info> infos = new ArrayList<>();
    private final List<Integer> linkedAchievements = new ArrayList<>();

    DemoPatents(DemoCounty county, Random random, LocalDate today) {
        this.county = county;
        this.today = today;
        int no = 0;
        for (PatentType type : PatentType.values()) {
            for (Map.Entry<Scenario, Integer> entry : COUNTS.get(type).entrySet()) {
                for (int i = 0; i < entry.getValue(); i++) {
                    chains.add(patent(no++, type, entry.getKey(), random));
                }
            }
        }
    }

    List<Chain> chains() {
        return chains;
    }

    List<Info> infos() {
        return infos;
    }

    private Chain patent(int no, PatentType type, Scenario scenario, Random random) {
        String name = String.format("p%03d", no);
        String ref = "patent:" + no;
        String path = "/api/patents/{" + ref + "}";
        int studioRoll = random.nextInt(100);
        Studio studio = county.studio(studioRoll < 30 ? 0 : studioRoll < 75 ? 1 + random.nextInt(11)
                : 12 + random.nextInt(40));
        LocalDate filedOn = filedOn(type, scenario, random);
        ChainBuilder chain = new ChainBuilder(name);
        String twelve = filedOn.getYear() + switch (type) {
            case INVENTION -> "1";
            case UTILITY_MODEL -> "2";
            case DESIGN -> "3";
        } + String.format("%07d", 612_000 + no * 37);
        String object = DemoTexts.OBJECTS[(no * 7) % DemoTexts.OBJECTS.length];
        String title = switch (type) {
            case INVENTION -> "一种" + object + pick(random, "在线监测方法及装置", "自动控制系统", "故障诊断方法",
                                                    "智能检测装置及方法");
            case UTILITY_MODEL -> "一种" + object + pick(random, "快速拆装工具", "防护装置", "清扫装置", "检测支架");
            case DESIGN -> object + pick(random, "检测仪外壳", "防护罩", "工具箱", "操作面板");
        };
        List<String> inventors = new ArrayList<>(List.of(studio.leader()));
        inventors.add(studio.members().get(1 + random.nextInt(studio.members().size() - 1)).name());
        List<String> achievementIds = linkedAchievement(studio, type, scenario).map(a -> List.of("@" + a))
                                                                              .orElse(List.of());
        chain.postSavingId("file", "/api/patents", body(
                "studioId", "@" + studio.ref(), "applicationNumber", twelve + "." + ApplicationNumber.checkCharacter(twelve),
                "type", type.name(), "title", title, "filedOn", filedOn,
                "applicants", List.of(studio.enterprise().name()), "inventors", inventors,
                "achievementIds", achievementIds.isEmpty() ? null : achievementIds), ref);
        infos.add(new Info(no, type, scenario, filedOn));
        new Path(chain, name, path, type, filedOn, random, no).follow(scenario);
        return chain.build();
    }

    /** The filing date each scenario needs, counted back from today. */
    private LocalDate filedOn(PatentType type, Scenario scenario, Random random) {
        int offset = switch (scenario) {
            case GRANTED_FEE_SOON -> 270 + random.nextInt(70);
            case IN_GRACE -> 40 + random.nextInt(110);
            case PAID_IN_GRACE -> 60 + random.nextInt(140);
            case LAPSED -> 200 + random.nextInt(25);
            case RESTORED -> 290 + random.nextInt(40);
            default -> 30 + random.nextInt(230);
        };
        int years = 3 + random.nextInt(type == INVENTION ? 5 : 4);
        return switch (scenario) {
            case FILED -> today.minusDays(20 + random.nextInt(40));
            case CORRECTION -> today.minusDays(60 + random.nextInt(30));
            case FORMAL -> today.minusDays(100 + random.nextInt(150));
            case WITHDRAWN -> today.minusDays(200 + random.nextInt(400));
            case REJECTED -> today.minusDays(type == INVENTION ? 900 + random.nextInt(200) : 200 + random.nextInt(60));
            case PUBLISHED -> today.minusDays(400 + random.nextInt(600));
            case EXAMINING, OA_OPEN, OA_ANSWERED -> today.minusDays(650 + random.nextInt(350));
            case REEXAMINING -> today.minusDays(1000 + random.nextInt(200));
            case FINALLY_REJECTED, OVERTURNED -> today.minusDays(1500 + random.nextInt(300));
            case DEEMED_WITHDRAWN -> type == INVENTION ? today.minusYears(3).minusDays(60 + random.nextInt(140))
                    : today.minusDays(300 + random.nextInt(100));
            case EXPIRED -> today.minusYears(PatentCalendar.termYears(type, today.minusYears(
                    type == INVENTION ? 20 : 10))).minusDays(40 + random.nextInt(40));
            default -> today.minusDays(offset).minusYears(years);
        };
    }

    private Optional<String> linkedAchievement(Studio studio, PatentType type, Scenario scenario) {
        if (type == DESIGN) {
            return Optional.empty();
        }
        return county.achievements.infos().stream()
                                  .filter(a -> a.studio() == studio && a.status().isAcceptedOrLater()
                                               && !linkedAchievements.contains(a.no()))
                                  .findFirst()
                                  .map(a -> {
                                      linkedAchievements.add(a.no());
                                      return a.ref();
                                  });
    }

    /** The steps of one patent's path. */
    private final class Path {

        private final ChainBuilder chain;
        private final String name;
        private final String path;
        private final PatentType type;
        private final LocalDate filedOn;
        private final Random random;
        private final int no;
        private int officeActions;

        Path(ChainBuilder chain, String name, String path, PatentType type, LocalDate filedOn, Random random,
             int no) {
            this.chain = chain;
            this.name = name;
            this.path = path;
            this.type = type;
            this.filedOn = filedOn;
            this.random = random;
            this.no = no;
        }

        void follow(Scenario scenario) {
            switch (scenario) {
                case FILED -> {
                }
                case CORRECTION -> correction(filedOn.plusDays(25));
                case FORMAL -> formal(filedOn.plusDays(40));
                case PUBLISHED -> published();
                case EXAMINING -> examining();
                case OA_OPEN -> officeAction(examining(), today.minusDays(30 + random.nextInt(30)), false);
                case OA_ANSWERED -> officeAction(examining(), today.minusDays(120 + random.nextInt(80)), true);
                case REJECTED -> reject(rejectable(today.minusDays(20 + random.nextInt(30))));
                case REEXAMINING -> reexamine(reject(rejectable(today.minusDays(100 + random.nextInt(20)))));
                case FINALLY_REJECTED -> decide(reexamine(reject(rejectable(today.minusDays(700)))), "UPHELD",
                                                "复审维持驳回决定");
                case OVERTURNED -> {
                    LocalDate decided = decide(reexamine(reject(rejectable(today.minusDays(800)))), "OVERTURNED",
                                               "修改后的权利要求具备创造性，撤销驳回决定");
                    LocalDate grantedOn = grant(decided.plusDays(60));
                    fees(grantedOn, today, null);
                }
                case GRANTED, GRANTED_FEE_SOON -> fees(granted(), today, null);
                case TRANSFERRED -> {
                    LocalDate grantedOn = granted();
                    fees(grantedOn, today, null);
                    chain.post("transfer", path + "/transfers", body(
                            "newOwners", List.of("赣西" + pick(random, "矿山装备", "能源技术", "智能制造") + "研究院有限公司"),
                            "transferredOn", min(grantedOn.plusDays(200), today.minusDays(10))));
                }
                case LICENSED -> {
                    LocalDate grantedOn = granted();
                    fees(grantedOn, today, null);
                    LocalDate startsOn = min(grantedOn.plusDays(150), today.minusDays(20));
                    boolean exclusive = random.nextInt(3) == 0;
                    chain.post("licence", path + "/licences", body(
                            "licensee", pick(random, "云溪精工机械有限公司", "松源智能装备有限公司", "赣西恒通设备有限公司"),
                            "kind", exclusive ? "EXCLUSIVE" : "ORDINARY", "startsOn", startsOn,
                            "endsOn", min(startsOn.plusYears(3).minusDays(1), PatentCalendar.termEndsOn(type, filedOn)),
                            "fee", (exclusive ? 200_000 : 30_000 + random.nextInt(10) * 10_000) + ".00"));
                }
                case PARTLY_INVALIDATED -> {
                    fees(granted(), today, null);
                    chain.post("invalidation", path + "/invalidations", body(
                            "extent", "PARTLY", "invalidatedClaims", List.of(2, 3), "decidedOn", today.minusDays(60),
                            "reason", "权利要求2、3相对于对比文件不具备创造性"));
                }
                case INVALIDATED -> {
                    LocalDate invalidatedOn = today.minusDays(80);
                    fees(granted(), invalidatedOn, null);
                    chain.post("invalidation", path + "/invalidations", body(
                            "extent", "WHOLLY", "decidedOn", invalidatedOn, "reason", "全部权利要求不具备新颖性"));
                }
                case PAID_IN_GRACE -> {
                    LocalDate grantedOn = granted();
                    LocalDate lastDue = lastAnniversary();
                    fees(grantedOn, today, lastDue);
                    pay(grantedOn, PatentCalendar.patentYearOn(filedOn, lastDue), lastDue.plusDays(40));
                }
                case IN_GRACE -> fees(granted(), today, lastAnniversary());
                case LAPSED, RESTORED -> {
                    LocalDate grantedOn = granted();
                    LocalDate lastDue = lastAnniversary();
                    fees(grantedOn, today, lastDue);
                    LocalDate lapsedOn = lastDue.plusMonths(6).plusDays(scenario == Scenario.LAPSED ? 7 : 5);
                    chain.post("lapse", path + "/lapse", body("lapsedOn", lapsedOn));
                    if (scenario == Scenario.RESTORED) {
                        int year = PatentCalendar.patentYearOn(filedOn, lastDue);
                        AnnualFee fee = AnnualFees.owed(type, filedOn, grantedOn, year).orElseThrow();
                        chain.post("restoration", path + "/restoration", body(
                                "restoredOn", lapsedOn.plusDays(30),
                                "amount", money(fee.amountDueOnRestoration().total()),
                                "reason", "财务人员变动，漏缴年费"));
                    }
                }
                case WITHDRAWN -> {
                    LocalDate passed = formal(filedOn.plusDays(40));
                    chain.post("withdrawal", path + "/withdrawal", body(
                            "withdrawnOn", min(passed.plusDays(60), today.minusDays(5)),
                            "reason", type == INVENTION ? "改为申请实用新型" : "技术方案调整"));
                }
                case DEEMED_WITHDRAWN -> {
                    if (type == INVENTION) {
                        published();
                        chain.post("deemed-withdrawal", path + "/deemed-withdrawal", body(
                                "deemedOn", PatentCalendar.substantiveExaminationDueOn(filedOn, null).plusDays(30),
                                "reason", "未在规定期限内提出实质审查请求"));
                    } else {
                        LocalDate requested = correction(filedOn.plusDays(30));
                        chain.post("deemed-withdrawal", path + "/deemed-withdrawal", body(
                                "deemedOn", requested.plusMonths(2).plusDays(30), "reason", "逾期未答复补正通知书"));
                    }
                }
                case EXPIRED -> {
                    LocalDate grantedOn = type == INVENTION ? grant(examining(filedOn.plusDays(530)).plusDays(470))
                            : grant(formal(filedOn.plusDays(40)).plusDays(200));
                    LocalDate termEndsOn = PatentCalendar.termEndsOn(type, filedOn);
                    fees(grantedOn, termEndsOn, null);
                    chain.post("expiry", path + "/expiry", body("recordedOn", termEndsOn.plusDays(10)));
                }
            }
        }

        private LocalDate correction(LocalDate requestedOn) {
            chain.post("correction", path + "/corrections", body(
                    "requestedOn", requestedOn, "responseDueOn", requestedOn.plusMonths(2),
                    "defects", pick(random, "说明书附图不清晰", "权利要求书格式不符合规定", "摘要超过字数限制")));
            return requestedOn;
        }

        private LocalDate formal(LocalDate passedOn) {
            chain.post("formal", path + "/formal-examination", body("passedOn", passedOn));
            return passedOn;
        }

        private LocalDate published() {
            LocalDate publishedOn = min(filedOn.plusDays(548), today.minusDays(30));
            formal(min(filedOn.plusDays(40), publishedOn));
            chain.post("publication", path + "/publication", body(
                    "publishedOn", publishedOn, "publicationNumber", String.format("CN%09dA", 118_000_000 + no * 13)));
            return publishedOn;
        }

        private LocalDate examining() {
            return examining(filedOn.plusDays(250));
        }

        /** Formal examination, early publication and the request for substantive examination. */
        private LocalDate examining(LocalDate publishedOn) {
            formal(filedOn.plusDays(40));
            chain.post("publication", path + "/publication", body(
                    "publishedOn", publishedOn, "publicationNumber", String.format("CN%09dA", 118_000_000 + no * 13)));
            LocalDate requestedOn = publishedOn.plusDays(20);
            chain.post("substantive-examination", path + "/substantive-examination",
                       body("requestedOn", requestedOn));
            return requestedOn;
        }

        private LocalDate officeAction(LocalDate examiningSince, LocalDate issuedOn, boolean answer) {
            issuedOn = max(issuedOn, examiningSince.plusDays(30));
            String oa = name + "/oa" + officeActions;
            chain.postSavingEntity("office-action-" + officeActions, path + "/office-actions", body(
                    "issuedOn", issuedOn, "responseDueOn", issuedOn.plusMonths(4),
                    "summary", pick(random, "权利要求1不具备创造性", "说明书公开不充分", "权利要求得不到说明书支持")), oa);
            LocalDate last = issuedOn;
            if (answer) {
                last = issuedOn.plusDays(50 + random.nextInt(40));
                chain.post("office-action-" + officeActions + "-answer",
                           path + "/office-actions/{" + oa + "}/answer", body(
                                   "answeredOn", last, "summary", "修改权利要求1，补充技术特征并陈述意见"));
            }
            officeActions++;
            return last;
        }

        /** An application under examination, ready to be rejected on the day given. */
        private LocalDate rejectable(LocalDate rejectedOn) {
            if (type == INVENTION) {
                LocalDate since = examining();
                officeAction(since, rejectedOn.minusDays(150), true);
            }
            return rejectedOn;
        }

        private LocalDate reject(LocalDate rejectedOn) {
            chain.post("rejection", path + "/rejection", body(
                    "rejectedOn", rejectedOn, "reason", type == INVENTION ? "权利要求1相对于对比文件1不具备创造性"
                            : "不符合专利法关于授权条件的规定"));
            return rejectedOn;
        }

        private LocalDate reexamine(LocalDate rejectedOn) {
            LocalDate requestedOn = rejectedOn.plusDays(45 + random.nextInt(30));
            chain.post("reexamination", path + "/reexamination", body("requestedOn", requestedOn));
            return requestedOn;
        }

        private LocalDate decide(LocalDate requestedOn, String outcome, String reason) {
            LocalDate decidedOn = requestedOn.plusDays(180);
            chain.post("reexamination-decision", path + "/reexamination/decision", body(
                    "outcome", outcome, "decidedOn", decidedOn, "reason", reason));
            return decidedOn;
        }

        /** The whole path to grant: for an invention with an office action half the time. */
        private LocalDate granted() {
            if (type == INVENTION) {
                LocalDate since = examining();
                LocalDate last = random.nextBoolean() ? officeAction(since, since.plusDays(200), true) : since;
                return grant(max(last.plusDays(60), since.plusDays(400 + random.nextInt(200))));
            }
            return grant(formal(filedOn.plusDays(30 + random.nextInt(30))).plusDays(120 + random.nextInt(150)));
        }

        private LocalDate grant(LocalDate announcedOn) {
            chain.post("grant", path + "/grant", body("announcedOn", announcedOn));
            return announcedOn;
        }

        /** The latest anniversary of the filing date on or before today: the due date of the latest fee. */
        private LocalDate lastAnniversary() {
            return PatentCalendar.patentYearStartsOn(filedOn, PatentCalendar.patentYearOn(filedOn, today));
        }

        /** Pays, on time, every fee due by {@code until} and before {@code unpaidFrom}. */
        private void fees(LocalDate grantedOn, LocalDate until, LocalDate unpaidFrom) {
            int first = AnnualFees.firstYearOwed(filedOn, grantedOn);
            for (int year = first; year <= PatentCalendar.termYears(type, filedOn); year++) {
                AnnualFee fee = AnnualFees.owed(type, filedOn, grantedOn, year).orElseThrow();
                if (fee.dueOn().isAfter(until) || unpaidFrom != null && !fee.dueOn().isBefore(unpaidFrom)) {
                    return;
                }
                pay(grantedOn, year, year == first ? grantedOn : max(grantedOn, fee.dueOn().minusDays(
                        3 + random.nextInt(25))));
            }
        }

        private void pay(LocalDate grantedOn, int year, LocalDate paidOn) {
            AnnualFee fee = AnnualFees.owed(type, filedOn, grantedOn, year).orElseThrow();
            chain.post("fee-" + year, path + "/annual-fees", body(
                    "patentYear", year, "amount", money(fee.amountDueOn(paidOn).orElseThrow().total()),
                    "paidOn", paidOn));
        }
    }

    private static String money(org.innovationledger.api.common.Yuan yuan) {
        return yuan.amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static Map<Scenario, Integer> counts(Object... scenariosAndCounts) {
        Map<Scenario, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < scenariosAndCounts.length; i += 2) {
            counts.put((Scenario) scenariosAndCounts[i], (Integer) scenariosAndCounts[i + 1]);
        }
        return counts;
    }
}
