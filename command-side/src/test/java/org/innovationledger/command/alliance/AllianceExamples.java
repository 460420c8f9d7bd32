package org.innovationledger.command.alliance;

import org.innovationledger.api.alliance.AllianceFounded;
import org.innovationledger.api.alliance.FoundAlliance;
import org.innovationledger.api.alliance.JoinAlliance;
import org.innovationledger.api.alliance.LeaveAlliance;
import org.innovationledger.api.alliance.StudioJoinedAlliance;
import org.innovationledger.api.alliance.StudioLeftAlliance;

import java.time.LocalDate;

/** An invented alliance, its history and the commands sent to it. Versions are left to Axon ({@code null}). */
final class AllianceExamples {

    static final String ALLIANCE_ID = "alliance-07";
    static final String LEAD = "studio-lead";
    static final String ACTIVE = "studio-active";
    static final String SUSPENDED = "studio-suspended";
    static final String REVOKED = "studio-revoked";
    static final LocalDate FOUNDED_ON = LocalDate.of(2024, 4, 28);

    private AllianceExamples() {
    }

    static FoundAlliance found(String leadStudioId) {
        return new FoundAlliance(ALLIANCE_ID, "安福县劳模创新工作室联盟", leadStudioId, FOUNDED_ON, "共享攻关课题与设备");
    }

    static AllianceFounded founded() {
        return new AllianceFounded(ALLIANCE_ID, "安福县劳模创新工作室联盟", LEAD, FOUNDED_ON, "共享攻关课题与设备");
    }

    static JoinAlliance join(String studioId) {
        return new JoinAlliance(ALLIANCE_ID, null, studioId, FOUNDED_ON.plusDays(10));
    }

    static StudioJoinedAlliance joined(String studioId) {
        return new StudioJoinedAlliance(ALLIANCE_ID, studioId, FOUNDED_ON.plusDays(10));
    }

    static LeaveAlliance leave(String studioId) {
        return new LeaveAlliance(ALLIANCE_ID, null, studioId, FOUNDED_ON.plusDays(200), "研究方向调整");
    }

    static StudioLeftAlliance left(String studioId) {
        return new StudioLeftAlliance(ALLIANCE_ID, studioId, FOUNDED_ON.plusDays(200), "研究方向调整");
    }
}
