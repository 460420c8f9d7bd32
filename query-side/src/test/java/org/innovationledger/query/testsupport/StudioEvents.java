package org.innovationledger.query.testsupport;

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

/** Studio and alliance events with invented but plausible content (no real person's name). */
public final class StudioEvents {

    public static final Leader LI_JIANHUA = new Leader("李建华", "全国劳动模范");
    public static final Leader ZHOU_MIN = new Leader("周敏", "省级技能大师");

    private StudioEvents() {
    }

    public static StudioRegistered registered(String studioId) {
        return registered(studioId, "李建华劳模创新工作室", StudioKind.MODEL_WORKER, NamingLevel.COUNTY, "360829",
                          LocalDate.of(2024, 5, 1));
    }

    public static StudioRegistered registered(String studioId, String name, StudioKind kind, NamingLevel level,
                                              String region, LocalDate foundedOn) {
        return new StudioRegistered(studioId, name, kind, level, "赣鄱矿业有限公司", new RegionCode(region),
                                    "安福县总工会", LI_JIANHUA, foundedOn, "井下采掘设备的革新与维修");
    }

    public static StudioProfileUpdated profileUpdated(String studioId, String name, String region) {
        return new StudioProfileUpdated(studioId, name, "赣鄱矿业集团", new RegionCode(region), "采掘与提升设备");
    }

    public static MemberJoined joined(String studioId, String memberId, String name, boolean apprentice,
                                      LocalDate on) {
        return new MemberJoined(studioId, memberId, name, apprentice ? "学徒" : "技术骨干", apprentice, on);
    }

    public static MemberLeft left(String studioId, String memberId, LocalDate on, String reason) {
        return new MemberLeft(studioId, memberId, on, reason);
    }

    public static LeaderChanged leaderChanged(String studioId, Leader from, Leader to, LocalDate on) {
        return new LeaderChanged(studioId, from, to, on, "原领衔人退休");
    }

    public static StudioPromoted promoted(String studioId, NamingLevel from, NamingLevel to, LocalDate on) {
        return new StudioPromoted(studioId, from, to, "吉安市总工会", on);
    }

    public static StudioSuspended suspended(String studioId, LocalDate on) {
        return new StudioSuspended(studioId, "年度考核未达标", on);
    }

    public static StudioReinstated reinstated(String studioId, LocalDate on) {
        return new StudioReinstated(studioId, "整改完成", on);
    }

    public static StudioNameRevoked revoked(String studioId, LocalDate on) {
        return new StudioNameRevoked(studioId, "连续两年未开展活动", on);
    }

    public static FundingGranted granted(String studioId, String grantId, String amount, LocalDate on) {
        return new FundingGranted(studioId, grantId, Yuan.of(amount), "安福县总工会", "启动经费", on);
    }

    public static FundingSpent spent(String studioId, String grantId, String spendingId, String amount,
                                     LocalDate on) {
        return new FundingSpent(studioId, grantId, spendingId, Yuan.of(amount), "购置检测仪器", on);
    }

    public static ChallengeTakenOn takenOn(String studioId, String challengeId, LocalDate on) {
        return new ChallengeTakenOn(studioId, challengeId, "提升机制动闸瓦磨损过快", "闸瓦三个月即需更换", on);
    }

    public static ChallengeSolved solved(String studioId, String challengeId, LocalDate on) {
        return new ChallengeSolved(studioId, challengeId, "改用复合材料闸瓦，寿命延长至一年", on);
    }

    public static AllianceFounded allianceFounded(String allianceId, String name, String leadStudioId,
                                                  LocalDate on) {
        return new AllianceFounded(allianceId, name, leadStudioId, on, "共享攻关课题与检测设备");
    }

    public static StudioJoinedAlliance joinedAlliance(String allianceId, String studioId, LocalDate on) {
        return new StudioJoinedAlliance(allianceId, studioId, on);
    }

    public static StudioLeftAlliance leftAlliance(String allianceId, String studioId, LocalDate on) {
        return new StudioLeftAlliance(allianceId, studioId, on, "企业改制");
    }

    /**
     * Two studios and two alliances with one event of every kind, studio and alliance events interleaved: enough to
     * compare whole read-model states.
     */
    public static History richHistory() {
        LocalDate day = LocalDate.of(2024, 5, 1);
        return new History().add(
                registered("s-1"),
                registered("s-2", "周敏工匠人才创新工作室", StudioKind.CRAFTSMAN, NamingLevel.MUNICIPAL, "360802",
                           day.minusYears(2)),
                joined("s-1", "GP-1024", "王小明", false, day.plusDays(1)),
                joined("s-1", "GP-2048", "刘小红", true, day.plusDays(2)),
                allianceFounded("a-1", "吉安市劳模工匠创新工作室联盟", "s-2", day.plusDays(3)),
                joinedAlliance("a-1", "s-1", day.plusDays(4)),
                granted("s-1", "g-1", "50000.00", day.plusDays(5)),
                spent("s-1", "g-1", "sp-1", "12345.67", day.plusDays(6)),
                takenOn("s-1", "c-1", day.plusDays(7)),
                allianceFounded("a-2", "赣西矿山创新联盟", "s-1", day.plusDays(8)),
                solved("s-1", "c-1", day.plusDays(9)),
                left("s-1", "GP-1024", day.plusDays(10), "调往其他单位"),
                leaderChanged("s-2", LI_JIANHUA, ZHOU_MIN, day.plusDays(11)),
                promoted("s-1", NamingLevel.COUNTY, NamingLevel.MUNICIPAL, day.plusDays(12)),
                leftAlliance("a-1", "s-1", day.plusDays(13)),
                profileUpdated("s-1", "李建华劳模创新工作室（采掘）", "360829"),
                suspended("s-2", day.plusDays(14)),
                reinstated("s-2", day.plusDays(15)),
                joinedAlliance("a-1", "s-1", day.plusDays(16)),
                revoked("s-2", day.plusDays(17)));
    }
}
