package org.innovationledger.api;

import org.innovationledger.api.alliance.AllianceFounded;
import org.innovationledger.api.alliance.StudioJoinedAlliance;
import org.innovationledger.api.alliance.StudioLeftAlliance;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.ChallengeSolved;
import org.innovationledger.api.studio.ChallengeTakenOn;
import org.innovationledger.api.studio.FundingGranted;
import org.innovationledger.api.studio.FundingSpent;
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.LeaderChanged;
import org.innovationledger.api.studio.MemberJoined;
import org.innovationledger.api.studio.MemberLeft;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioNameRevoked;
import org.innovationledger.api.studio.StudioProfileUpdated;
import org.innovationledger.api.studio.StudioPromoted;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.api.studio.StudioReinstated;
import org.innovationledger.api.studio.StudioSuspended;

import java.time.LocalDate;
import java.util.List;

/** One example of every stored event, with invented data. */
final class EventExamples {

    private static final String STUDIO = "6f1c2a0e-3b5d-4c47-9a55-2b8f0f1e7d21";
    private static final String ALLIANCE = "0d2e5c8a-1f7b-4e3c-9a6d-5b4c3a2f1e0d";
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final Leader LEADER = new Leader("李建华", "全国劳动模范");

    private EventExamples() {
    }

    static List<Object> all() {
        return List.of(
                new StudioRegistered(STUDIO, "李建华劳模创新工作室", StudioKind.MODEL_WORKER, NamingLevel.COUNTY,
                                     "赣鄱矿业有限公司", new RegionCode("360829"), "安福县总工会", LEADER,
                                     LocalDate.of(2024, 5, 1), "井下设备技术攻关"),
                new StudioProfileUpdated(STUDIO, "李建华劳模创新工作室", "赣鄱矿业集团", new RegionCode("360829"), null),
                new MemberJoined(STUDIO, "GP-1024", "王小明", "技术骨干", true, DAY),
                new MemberLeft(STUDIO, "GP-1024", DAY.plusMonths(6), "调岗"),
                new LeaderChanged(STUDIO, LEADER, new Leader("周卫国", "省级技能大师"), DAY, "原领衔人退休"),
                new StudioPromoted(STUDIO, NamingLevel.COUNTY, NamingLevel.MUNICIPAL, "吉安市总工会", DAY),
                new StudioSuspended(STUDIO, "年度考核未达标", DAY),
                new StudioReinstated(STUDIO, "整改完成", DAY.plusMonths(2)),
                new StudioNameRevoked(STUDIO, "连续两年考核不合格", DAY.plusYears(1)),
                new FundingGranted(STUDIO, "g-1", Yuan.of("50000.00"), "安福县总工会", "工作室启动经费", DAY),
                new FundingSpent(STUDIO, "g-1", "s-1", Yuan.of("12800.50"), "购置检测设备", DAY.plusDays(10)),
                new ChallengeTakenOn(STUDIO, "c-1", "井下皮带机跑偏", "主运输皮带频繁跑偏停机", DAY),
                new ChallengeSolved(STUDIO, "c-1", "加装自动纠偏装置，停机时间减少 80%", DAY.plusMonths(3)),
                new AllianceFounded(ALLIANCE, "赣鄱矿业创新工作室联盟", STUDIO, DAY, "共享攻关课题"),
                new StudioJoinedAlliance(ALLIANCE, "7a8b9c0d-1e2f-4a5b-8c7d-6e5f4a3b2c1d", DAY),
                new StudioLeftAlliance(ALLIANCE, "7a8b9c0d-1e2f-4a5b-8c7d-6e5f4a3b2c1d", DAY.plusYears(1), "业务调整"));
    }
}
