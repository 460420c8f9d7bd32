package org.innovationledger.command.demo;

import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.command.demo.DemoPlan.Chain;
import org.innovationledger.command.demo.DemoPlan.ChainBuilder;
import org.innovationledger.command.demo.DemoPlan.Phase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.innovationledger.command.demo.DemoPlan.body;

/**
 * An invented county, 青岚县 (region 360829, in the invented city 赣西市, 3608, with two invented neighbours), its
 * enterprises, innovation studios and alliances — the people, studios and enterprises are invented. Deterministic:
 * a fixed seed and, for the steps that depend on "today" (patent deadlines and fees), the day the demo was first
 * loaded.
 */
final class DemoCounty {

    /** Every idempotency key starts with this; a new version of the demo would change it. */
    static final String KEY_PREFIX = "demo1-";
    static final long SEED = 360_829L;
    /** Business dates of the invented history never pass this day (the demo was written on 2026-11-29). */
    static final LocalDate HISTORY_ENDS = LocalDate.of(2026, 11, 25);

    static final String COUNTY = "360829";
    static final String COUNTY_UNION = "青岚县总工会";
    static final String CITY_UNION = "赣西市总工会";
    static final String PROVINCE_UNION = "江西省总工会";
    static final String NATIONAL_UNION = "中华全国总工会";

    record Enterprise(String name, String shortName, String code, String region, String countyUnion,
                      List<String> sites) {
    }

    record Member(String id, String name, String role, boolean apprentice, LocalDate joinedOn) {
    }

    record Studio(int no, String name, StudioKind kind, NamingLevel registeredAt, NamingLevel level,
                  Enterprise enterprise, String leader, String honour, LocalDate foundedOn, List<Member> members) {

        String ref() {
            return "studio:" + no;
        }

        String chainName() {
            return String.format("s%02d", no);
        }
    }

    static final List<Enterprise> ENTERPRISES = List.of(
            enterprise("青岚矿业集团有限公司", "青岚矿业", "QLKY", COUNTY, "一号井主运输巷", "选矿厂破碎车间", "二号井综采工作面"),
            enterprise("青岚电力有限责任公司", "青岚电力", "QLDL", COUNTY, "110千伏青岚变电站", "城区配电运维班", "输电线路工区"),
            enterprise("青岚化工股份有限公司", "青岚化工", "QLHG", COUNTY, "合成氨车间", "硫酸车间", "污水处理站"),
            enterprise("青岚机械制造有限公司", "青岚机械", "QLJX", COUNTY, "金工车间", "装配车间", "热处理车间"),
            enterprise("青岚钨业有限公司", "青岚钨业", "QLWY", COUNTY, "冶炼分厂", "尾矿库", "井下采场"),
            enterprise("青岚水泥有限公司", "青岚水泥", "QLSN", COUNTY, "回转窑车间", "原料磨车间", "包装车间"),
            enterprise("青岚光电科技有限公司", "青岚光电", "QLGD", COUNTY, "贴片车间", "模组车间", "检测中心"),
            enterprise("青岚汽车零部件有限公司", "青岚汽配", "QLQP", COUNTY, "冲压车间", "焊装车间", "涂装车间"),
            enterprise("青岚县自来水有限公司", "青岚水务", "QLSW", COUNTY, "城北水厂", "管网抢修班", "加压泵站"),
            enterprise("青岚县人民医院", "青岚医院", "QLYY", COUNTY, "设备科", "消毒供应中心", "检验科"),
            enterprise("青岚县公路养护中心", "青岚公路", "QLGL", COUNTY, "城关养护站", "沥青拌和站", "机械设备队"),
            enterprise("云溪纺织有限公司", "云溪纺织", "YXFZ", "360828", "细纱车间", "织布车间", "染整车间"),
            enterprise("云溪食品有限公司", "云溪食品", "YXSP", "360828", "灌装车间", "包装车间", "冷库"),
            enterprise("松源建材有限公司", "松源建材", "SYJC", "360830", "砖机车间", "搅拌站", "成品堆场"));

    private static final String[] SURNAMES = {"刘", "陈", "周", "胡", "钟", "谢", "邹", "彭", "肖", "曾", "罗", "郭",
            "熊", "黄", "万", "龚", "程", "邓", "聂", "饶", "温", "廖", "袁", "吴", "易", "甘", "付", "兰", "严", "晏"};
    private static final String[] GIVEN = {"建国", "志强", "国平", "海军", "春生", "文斌", "小兵", "红梅", "桂香", "立新",
            "晓东", "明亮", "振华", "永红", "秋生", "玉兰", "德明", "卫东", "金根", "水生", "伟平", "雪琴", "冬生", "光荣",
            "新民", "丽萍", "长青", "俊峰", "家旺", "润生", "爱华", "细毛", "清泉", "云飞", "松林", "芳", "敏", "磊", "静",
            "涛", "勇", "娟", "辉", "鹏", "婷"};
    private static final String[] STAFF_TOPICS = {"安全生产", "节能降耗", "设备维修", "质量攻关", "智能运维", "工艺改进",
            "精益管理", "绿色低碳"};

    final LocalDate today;
    final double savingsScale;
    final List<Studio> studios;
    final DemoAchievements achievements;
    final DemoPatents patents;

    private DemoCounty(LocalDate today, double savingsScale) {
        this.today = today;
        this.savingsScale = savingsScale;
        this.studios = inventStudios(new Random(SEED));
        this.achievements = new DemoAchievements(this, new Random(SEED + 1), savingsScale);
        this.patents = new DemoPatents(this, new Random(SEED + 2), today);
    }

    /**
     * The county as of {@code today}, its savings scaled so that the verified total of the county (360829) comes
     * out just over ¥1.1 million — a bit over the million the real county reported.
     */
    static DemoCounty invent(LocalDate today) {
        DemoCounty unscaled = new DemoCounty(today, 1.0);
        double factor = DemoAchievements.TARGET_VERIFIED / unscaled.achievements.verifiedInCounty().doubleValue();
        return new DemoCounty(today, factor);
    }

    List<Phase> phases() {
        List<Chain> registrations = new ArrayList<>();
        List<Chain> studioLife = new ArrayList<>();
        for (Studio studio : studios) {
            registrations.add(registration(studio));
            studioLife.add(life(studio, new Random(SEED * 31 + studio.no())));
        }
        DemoStation station = new DemoStation(this, new Random(SEED + 3));
        return List.of(
                new Phase("studios", registrations),
                new Phase("members, funding and challenges", studioLife),
                new Phase("alliances", alliances()),
                new Phase("achievements", achievements.chains()),
                new Phase("patents", patents.chains()),
                new Phase("service station", List.of(station.chain())),
                new Phase("suspensions and revocations", List.of(statusChanges())),
                new Phase("last step", List.of(lastStep())));
    }

    /** What the demo holds, for the log and the health details. */
    String describe() {
        java.util.Map<NamingLevel, Long> levels = new java.util.EnumMap<>(NamingLevel.class);
        studios.forEach(s -> levels.merge(s.level(), 1L, Long::sum));
        java.util.Map<org.innovationledger.api.patent.PatentType, Long> types =
                new java.util.EnumMap<>(org.innovationledger.api.patent.PatentType.class);
        patents.infos().forEach(p -> types.merge(p.type(), 1L, Long::sum));
        return studios.size() + " studios " + levels + ", 4 alliances, " + achievements.infos().size()
                + " achievements " + DemoAchievements.STATUSES + " with " + achievements.claims()
                + " savings claims, verified ¥" + achievements.verifiedTotal().toPlainString() + " (county 360829: ¥"
                + achievements.verifiedInCounty().toPlainString() + "), " + patents.infos().size() + " patents "
                + types + ", service station incubating " + DemoStation.ACHIEVEMENTS + " achievements and "
                + DemoStation.INVENTIONS + " invention patents";
    }

    /** The first request of the demo; if its key is stored, the demo was loaded or started on that store. */
    static String firstKey() {
        return KEY_PREFIX + "s00-register";
    }

    /** The last request of the demo; if its key is stored, the demo was loaded completely. */
    static String lastKey() {
        return KEY_PREFIX + "last-grant";
    }

    Studio studio(int no) {
        return studios.get(no);
    }

    static String namingUnion(NamingLevel level, Enterprise enterprise) {
        return switch (level) {
            case ENTERPRISE -> enterprise.name() + "工会";
            case COUNTY -> enterprise.countyUnion();
            case MUNICIPAL -> CITY_UNION;
            case PROVINCIAL -> PROVINCE_UNION;
            case NATIONAL -> NATIONAL_UNION;
        };
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A day between two days, both included. */
    static LocalDate between(Random random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static String pick(Random random, String... items) {
        return items[random.nextInt(items.length)];
    }

    private static Enterprise enterprise(String name, String shortName, String code, String region, String... sites) {
        String union = switch (region) {
            case "360828" -> "云溪县总工会";
            case "360830" -> "松源县总工会";
            default -> COUNTY_UNION;
        };
        return new Enterprise(name, shortName, code, region, union, List.of(sites));
    }

    private static List<Studio> inventStudios(Random random) {
        List<Studio> studios = new ArrayList<>();
        List<String> usedNames = new ArrayList<>();
        for (int no = 0; no < 70; no++) {
            NamingLevel level = no == 0 ? NamingLevel.NATIONAL : no <= 11 ? NamingLevel.MUNICIPAL
                    : no <= 35 ? NamingLevel.COUNTY : NamingLevel.ENTERPRISE;
            NamingLevel registeredAt = switch (no) {
                case 0 -> NamingLevel.PROVINCIAL;
                case 1, 2, 3 -> NamingLevel.COUNTY;
                case 12, 13 -> NamingLevel.ENTERPRISE;
                default -> level;
            };
            StudioKind kind = no == 0 ? StudioKind.MODEL_WORKER
                    : switch (random.nextInt(10)) {
                        case 0, 1, 2, 3 -> StudioKind.MODEL_WORKER;
                        case 4, 5, 6 -> StudioKind.CRAFTSMAN;
                        default -> StudioKind.STAFF;
                    };
            // the studios of the national and municipal levels sit in the county's larger enterprises
            Enterprise enterprise = no == 0 ? ENTERPRISES.get(0)
                    : no <= 11 ? ENTERPRISES.get(random.nextInt(8)) : pick(random, ENTERPRISES);
            String leader;
            do {
                leader = pick(random, SURNAMES) + pick(random, GIVEN);
            } while (usedNames.contains(leader));
            usedNames.add(leader);
            String honour = honour(random, kind, level);
            String name = switch (kind) {
                case MODEL_WORKER -> leader + "劳模创新工作室";
                case CRAFTSMAN -> leader + (random.nextBoolean() ? "技能大师工作室" : "工匠人才创新工作室");
                case STAFF -> enterprise.shortName() + leader + STAFF_TOPICS[no % STAFF_TOPICS.length] + "职工创新工作室";
            };
            LocalDate foundedOn = switch (level) {
                case NATIONAL, PROVINCIAL -> LocalDate.of(2016, 5, 1);
                case MUNICIPAL -> between(random, LocalDate.of(2018, 3, 1), LocalDate.of(2022, 12, 31));
                case COUNTY -> between(random, LocalDate.of(2019, 3, 1), LocalDate.of(2023, 12, 31));
                case ENTERPRISE -> between(random, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 6, 30));
            };
            if (no >= 64) {   // named in the last two years
                foundedOn = between(random, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 12, 31));
            }
            int size = switch (level) {
                case NATIONAL -> 10;
                case PROVINCIAL, MUNICIPAL -> 7;
                case COUNTY -> 5;
                case ENTERPRISE -> 4;
            };
            List<Member> members = new ArrayList<>();
            String prefix = String.format("%s-%02d", enterprise.code(), no);
            members.add(new Member(prefix + "01", leader, "领衔人", false, foundedOn));
            int apprentices = level == NamingLevel.ENTERPRISE ? 1 : 1 + random.nextInt(2);
            for (int m = 2; m <= size; m++) {
                boolean apprentice = m > size - apprentices;
                String memberName;
                do {
                    memberName = pick(random, SURNAMES) + pick(random, GIVEN);
                } while (usedNames.contains(memberName));
                usedNames.add(memberName);
                String role = apprentice ? "徒弟" : pick(random, "技术骨干", "班组长", "技术员", "高级技工", "工程师");
                LocalDate joinedOn = min(between(random, foundedOn.plusDays(10), foundedOn.plusDays(500)),
                                         LocalDate.of(2026, 6, 30));
                members.add(new Member(prefix + String.format("%02d", m), memberName, role, apprentice, joinedOn));
            }
            studios.add(new Studio(no, name, kind, registeredAt, level, enterprise, leader, honour, foundedOn,
                                   List.copyOf(members)));
        }
        return List.copyOf(studios);
    }

    private static String honour(Random random, StudioKind kind, NamingLevel level) {
        return switch (kind) {
            case MODEL_WORKER -> switch (level) {
                case NATIONAL -> "全国劳动模范";
                case PROVINCIAL, MUNICIPAL -> pick(random, "江西省劳动模范", "赣西市劳动模范", "全国五一劳动奖章获得者");
                default -> pick(random, "赣西市劳动模范", "青岚县劳动模范", "青岚县先进工作者");
            };
            case CRAFTSMAN -> switch (level) {
                case NATIONAL, PROVINCIAL, MUNICIPAL -> pick(random, "江西省技能大师", "赣鄱工匠", "赣西工匠");
                default -> pick(random, "青岚工匠", "高级技师", "赣西市技术能手");
            };
            case STAFF -> pick(random, "技术骨干", "高级工程师", "青岚县技术能手");
        };
    }

    private Chain registration(Studio studio) {
        return new ChainBuilder(studio.chainName()).postSavingId("register", "/api/studios", body(
                "name", studio.name(), "kind", studio.kind().name(), "level", studio.registeredAt().name(),
                "hostEnterprise", studio.enterprise().name(), "regionCode", studio.enterprise().region(),
                "namingUnion", namingUnion(studio.registeredAt(), studio.enterprise()),
                "leader", body("name", studio.leader(), "honourTitle", studio.honour()),
                "foundedOn", studio.foundedOn(),
                "description", studio.enterprise().shortName() + "一线职工技术创新团队，围绕"
                        + STAFF_TOPICS[studio.no() % STAFF_TOPICS.length] + "开展技术攻关、带徒传技和"
                        + "\"五小\"创新活动。"), studio.ref()).build();
    }

    /** Members join, funding is granted and spent, challenges are taken on and solved, promotions. */
    private Chain life(Studio studio, Random random) {
        ChainBuilder chain = new ChainBuilder(studio.chainName());
        String path = "/api/studios/{" + studio.ref() + "}";
        for (Member member : studio.members()) {
            chain.post("join-" + member.id(), path + "/members", body(
                    "memberId", member.id(), "name", member.name(), "role", member.role(),
                    "apprentice", member.apprentice(), "joinedOn", member.joinedOn()));
        }
        if (studio.no() % 9 == 4) {
            Member leaving = studio.members().get(studio.members().size() - 2);
            chain.post("leave-" + leaving.id(), path + "/members/" + leaving.id() + "/departure", body(
                    "leftOn", LocalDate.of(2026, 3, 31), "reason", "调往外地分公司"));
        }
        if (studio.registeredAt() != studio.level()) {
            LocalDate promotedOn = switch (studio.no()) {
                case 0 -> LocalDate.of(2025, 4, 28);
                case 1 -> LocalDate.of(2025, 5, 20);
                case 2 -> LocalDate.of(2025, 9, 10);
                case 3 -> LocalDate.of(2026, 4, 15);
                case 12 -> LocalDate.of(2025, 3, 1);
                default -> LocalDate.of(2026, 3, 1);
            };
            chain.post("promote", path + "/promotions", body(
                    "level", studio.level().name(), "namingUnion", namingUnion(studio.level(), studio.enterprise()),
                    "promotedOn", promotedOn));
        }
        if (studio.no() == 20 || studio.no() == 45) {
            String successor = studio.members().get(1).name();
            chain.post("leader-change", path + "/leader-changes", body(
                    "leader", body("name", successor, "honourTitle", "青岚工匠"),
                    "changedOn", LocalDate.of(2025, 7, 1), "reason", "原领衔人退休"));
        }
        int grants = switch (studio.level()) {
            case NATIONAL, PROVINCIAL, MUNICIPAL -> 3;
            case COUNTY -> 2;
            case ENTERPRISE -> 1 + random.nextInt(2);
        };
        for (int g = 0; g < grants; g++) {
            int year = 2024 + g;
            LocalDate grantedOn = max(studio.foundedOn().plusDays(20), LocalDate.of(year, 3, 15))
                    .plusDays(random.nextInt(40));
            if (grantedOn.getYear() > 2026) {
                break;
            }
            boolean startup = studio.foundedOn().getYear() >= year - 1 && g == 0;
            int yuan = switch (studio.level()) {
                case NATIONAL -> 200_000;
                case PROVINCIAL, MUNICIPAL -> 50_000;
                case COUNTY -> 30_000;
                case ENTERPRISE -> 10_000;
            } / (startup ? 1 : 2);
            String grantor = g == 0 ? namingUnion(studio.registeredAt(), studio.enterprise()) : COUNTY_UNION;
            String grantRef = studio.chainName() + "/grant" + g;
            chain.postSavingEntity("grant-" + year, path + "/grants", body(
                    "amount", yuan + ".00", "grantor", grantor,
                    "purpose", startup ? "工作室启动经费" : year + "年度工作室活动经费", "grantedOn", grantedOn), grantRef);
            int spendings = 1 + random.nextInt(3);
            int left = yuan * 8 / 10;
            LocalDate spentOn = grantedOn;
            for (int s = 0; s < spendings && left > 500; s++) {
                int amount = Math.max(500, left / (2 + random.nextInt(2)) / 10 * 10);
                left -= amount;
                spentOn = min(spentOn.plusDays(20 + random.nextInt(120)), HISTORY_ENDS);
                chain.post("spend-" + year + "-" + s, path + "/grants/{" + grantRef + "}/spendings", body(
                        "amount", amount + ".00",
                        "purpose", pick(random, "购置检测仪器", "技术培训与交流", "样机试制材料", "创新成果展示",
                                        "专利申请代理费", "购置专用工具"),
                        "spentOn", spentOn));
            }
        }
        int challenges = 1 + random.nextInt(studio.level() == NamingLevel.ENTERPRISE ? 2 : 3);
        for (int c = 0; c < challenges; c++) {
            String[] challenge = DemoTexts.CHALLENGES[(studio.no() * 3 + c) % DemoTexts.CHALLENGES.length];
            LocalDate takenOn = between(random, LocalDate.of(2024, 2, 1), LocalDate.of(2026, 8, 31));
            String challengeRef = studio.chainName() + "/challenge" + c;
            chain.postSavingEntity("challenge-" + c, path + "/challenges", body(
                    "title", challenge[0], "description", challenge[1], "takenOn", takenOn), challengeRef);
            if (random.nextInt(100) < 65) {
                LocalDate solvedOn = min(takenOn.plusDays(60 + random.nextInt(240)), HISTORY_ENDS);
                chain.post("challenge-" + c + "-solved", path + "/challenges/{" + challengeRef + "}/solution",
                           body("outcome", challenge[2], "solvedOn", solvedOn));
            }
        }
        return chain.build();
    }

    private List<Chain> alliances() {
        List<Chain> chains = new ArrayList<>();
        chains.add(alliance("a1", "青岚县劳模创新工作室联盟", 0, LocalDate.of(2024, 4, 26),
                            studios.stream().filter(s -> s.no() > 0 && s.no() < 50
                                                        && s.kind() == StudioKind.MODEL_WORKER)
                                   .limit(12).map(Studio::no).toList(), true));
        Studio miningLead = studios.stream().filter(s -> s.no() > 0 && s.enterprise() == ENTERPRISES.get(0))
                                   .findFirst().orElse(studio(1));
        chains.add(alliance("a2", "青岚矿业集团创新工作室联盟", miningLead.no(), LocalDate.of(2024, 6, 18),
                            studios.stream().filter(s -> s.no() != miningLead.no() && s.no() != 0
                                                        && (s.enterprise() == ENTERPRISES.get(0)
                                                            || s.enterprise() == ENTERPRISES.get(4)))
                                   .limit(9).map(Studio::no).toList(), false));
        Studio craftLead = studios.stream().filter(s -> s.kind() == StudioKind.CRAFTSMAN).findFirst().orElseThrow();
        chains.add(alliance("a3", "赣西能源化工工匠创新联盟", craftLead.no(), LocalDate.of(2025, 3, 12),
                            studios.stream().filter(s -> s.no() != craftLead.no()
                                                        && s.kind() == StudioKind.CRAFTSMAN)
                                   .limit(8).map(Studio::no).toList(), false));
        Studio staffLead = studios.stream().filter(s -> s.kind() == StudioKind.STAFF
                                                      && s.level() == NamingLevel.COUNTY).findFirst().orElseThrow();
        chains.add(alliance("a4", "青岚县职工技能创新联盟", staffLead.no(), LocalDate.of(2025, 9, 9),
                            studios.stream().filter(s -> s.no() != staffLead.no() && s.kind() == StudioKind.STAFF)
                                   .limit(10).map(Studio::no).toList(), true));
        return chains;
    }

    private Chain alliance(String name, String title, int lead, LocalDate foundedOn, List<Integer> members,
                           boolean oneLeaves) {
        ChainBuilder chain = new ChainBuilder(name);
        String ref = "alliance:" + name;
        chain.postSavingId("found", "/api/alliances", body(
                "name", title, "leadStudioId", "@" + studio(lead).ref(), "foundedOn", foundedOn,
                "description", "共享攻关课题、联合培养技能人才、推广创新成果"), ref);
        for (int i = 0; i < members.size(); i++) {
            chain.post("join-s" + members.get(i), "/api/alliances/{" + ref + "}/members", body(
                    "studioId", "@" + studio(members.get(i)).ref(), "joinedOn", foundedOn.plusDays(7L * i)));
        }
        if (oneLeaves && !members.isEmpty()) {
            int leaving = members.get(members.size() - 1);
            chain.post("leave-s" + leaving, "/api/alliances/{" + ref + "}/members/{" + studio(leaving).ref()
                    + "}/departure", body("leftOn", LocalDate.of(2026, 5, 31), "reason", "工作室调整研究方向"));
        }
        return chain.build();
    }

    private Chain statusChanges() {
        ChainBuilder chain = new ChainBuilder("status");
        chain.post("s67-suspend", "/api/studios/{studio:67}/suspension", body(
                "reason", "年度考核不合格，限期整改", "effectiveOn", LocalDate.of(2025, 6, 30)));
        chain.post("s67-reinstate", "/api/studios/{studio:67}/reinstatement", body(
                "reason", "整改到位，经复核恢复", "effectiveOn", LocalDate.of(2025, 12, 20)));
        chain.post("s68-suspend", "/api/studios/{studio:68}/suspension", body(
                "reason", "连续两年未开展创新活动", "effectiveOn", LocalDate.of(2026, 6, 30)));
        chain.post("s69-revoke", "/api/studios/{studio:69}/revocation", body(
                "reason", "企业改制，工作室撤销", "effectiveOn", LocalDate.of(2026, 9, 30)));
        return chain.build();
    }

    private Chain lastStep() {
        return new ChainBuilder("last").post("grant", "/api/studios/{studio:0}/grants", body(
                "amount", "100000.00", "grantor", COUNTY_UNION, "purpose", "2027年度工作室活动经费（提前拨付）",
                "grantedOn", LocalDate.of(2026, 11, 20))).build();
    }
}
