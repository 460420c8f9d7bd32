package org.innovationledger.command.demo;

import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.command.demo.DemoPatents.Scenario;
import org.innovationledger.command.demo.DemoPlan.Chain;
import org.innovationledger.command.demo.DemoPlan.ChainBuilder;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.innovationledger.command.demo.DemoCounty.HISTORY_ENDS;
import static org.innovationledger.command.demo.DemoCounty.max;
import static org.innovationledger.command.demo.DemoCounty.min;
import static org.innovationledger.command.demo.DemoCounty.pick;
import static org.innovationledger.command.demo.DemoPlan.body;

/**
 * The county's worker innovation service station (职工创新创业服务站) and what it incubated: 369 "五小" achievements
 * and 89 invention patents, the figures the real county reported, with milestones and graduations of every outcome.
 * The station endpoints arrive with the service-station work; until then the first request answers 404 and the
 * loader skips this phase.
 */
final class DemoStation {

    static final int ACHIEVEMENTS = 369;
    static final int INVENTIONS = 89;
    static final LocalDate REGISTERED_ON = LocalDate.of(2024, 3, 18);
    private static final Set<Scenario> NOT_INCUBATED = EnumSet.of(Scenario.WITHDRAWN, Scenario.DEEMED_WITHDRAWN);

    private final DemoCounty county;
    private final Random random;

    DemoStation(DemoCounty county, Random random) {
        this.county = county;
        this.random = random;
    }

    Chain chain() {
        ChainBuilder chain = new ChainBuilder("station");
        String path = "/api/stations/{station}";
        chain.add("register", "POST", "/api/stations", body(
                "name", "青岚县职工创新创业服务站", "region", DemoCounty.COUNTY, "hostUnion", DemoCounty.COUNTY_UNION,
                "partners", List.of("赣西职业技术学院", "青岚县科学技术局", "青岚县工业园区管理委员会"),
                "registeredOn", REGISTERED_ON), DemoPlan.Save.ID, "station", true);
        county.achievements.infos().stream().filter(a -> a.status().isAcceptedOrLater()).limit(ACHIEVEMENTS)
              .forEach(a -> {
                  String incubation = "station/a" + a.no();
                  LocalDate admittedOn = min(max(a.acceptedOn(), REGISTERED_ON).plusDays(random.nextInt(20)),
                                             HISTORY_ENDS);
                  chain.postSavingEntity("admit-a" + a.no(), path + "/incubations", body(
                          "subject", body("kind", "ACHIEVEMENT", "id", "@" + a.ref()), "admittedOn", admittedOn,
                          "note", "县总工会推荐入孵"), incubation);
                  LocalDate last = admittedOn;
                  if (a.status().isImplementedOrLater() && random.nextInt(100) < 45) {
                      last = min(last.plusDays(20 + random.nextInt(40)), HISTORY_ENDS);
                      chain.post("milestone-a" + a.no(), path + "/incubations/{" + incubation + "}/milestones",
                                 body("milestone", pick(random, "完成样机试制", "生产现场试用", "通过效益评估"),
                                      "reachedOn", last));
                  }
                  String outcome = a.status() == AchievementStatus.ADOPTED ? "ADOPTED"
                          : a.status() == AchievementStatus.IMPLEMENTED && random.nextInt(100) < 8 ? "COMMERCIALISED"
                          : a.status() == AchievementStatus.ACCEPTED && random.nextInt(100) < 20 ? "ABANDONED" : null;
                  if (outcome != null) {
                      graduate(chain, path, incubation, "a" + a.no(), outcome, last);
                  }
              });
        county.patents.infos().stream()
              .filter(p -> p.type() == PatentType.INVENTION && !NOT_INCUBATED.contains(p.scenario()))
              .limit(INVENTIONS)
              .forEach(p -> {
                  String incubation = "station/p" + p.no();
                  LocalDate admittedOn = min(max(p.filedOn(), REGISTERED_ON).plusDays(10 + random.nextInt(30)),
                                             county.today);
                  chain.postSavingEntity("admit-p" + p.no(), path + "/incubations", body(
                          "subject", body("kind", "PATENT", "id", "@" + p.ref()), "admittedOn", admittedOn,
                          "note", "专利转化孵化"), incubation);
                  String outcome = switch (p.scenario()) {
                      case LICENSED -> "LICENSED";
                      case TRANSFERRED -> "COMMERCIALISED";
                      case FINALLY_REJECTED, INVALIDATED -> "ABANDONED";
                      default -> null;
                  };
                  LocalDate last = admittedOn;
                  if (outcome != null || random.nextInt(100) < 30) {
                      last = min(last.plusDays(30 + random.nextInt(60)), county.today);
                      chain.post("milestone-p" + p.no(), path + "/incubations/{" + incubation + "}/milestones",
                                 body("milestone", pick(random, "完成技术评估", "对接意向企业", "完成中试"),
                                      "reachedOn", last));
                  }
                  if (outcome != null) {
                      graduate(chain, path, incubation, "p" + p.no(), outcome, last);
                  }
              });
        return chain.build();
    }

    private void graduate(ChainBuilder chain, String path, String incubation, String name, String outcome,
                          LocalDate after) {
        LocalDate graduatedOn = min(after.plusDays(30 + random.nextInt(90)), county.today);
        chain.post("graduate-" + name, path + "/incubations/{" + incubation + "}/graduation", body(
                "outcome", outcome, "graduatedOn", graduatedOn,
                "note", switch (outcome) {
                    case "ADOPTED" -> "已在县内多家企业推广应用";
                    case "COMMERCIALISED" -> "已形成产品并实现销售";
                    case "LICENSED" -> "已许可企业实施";
                    default -> "技术路线不可行，终止孵化";
                }));
    }
}
