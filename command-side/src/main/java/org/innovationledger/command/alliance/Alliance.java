package org.innovationledger.command.alliance;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.api.alliance.AllianceFounded;
import org.innovationledger.api.alliance.FoundAlliance;
import org.innovationledger.api.alliance.JoinAlliance;
import org.innovationledger.api.alliance.LeaveAlliance;
import org.innovationledger.api.alliance.StudioJoinedAlliance;
import org.innovationledger.api.alliance.StudioLeftAlliance;
import org.innovationledger.api.common.BusinessRuleViolation;
import org.innovationledger.api.common.ErrorCode;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.command.studio.StudioStandings;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A studio alliance (创新工作室联盟): studios grouped under a lead studio (牵头工作室) to share challenges. Only an
 * active studio can found or join one; the lead studio stays for as long as the alliance exists.
 */
@Aggregate(snapshotTriggerDefinition = "allianceSnapshotTrigger")
class Alliance {

    @AggregateIdentifier
    private String id;
    private String leadStudioId;
    private Set<String> studioIds = new HashSet<>();

    Alliance() {
    }

    @CommandHandler
    Alliance(FoundAlliance command, StudioStandings standings) {
        ensureActive(command.leadStudioId(), standings);
        apply(new AllianceFounded(command.allianceId(), command.name(), command.leadStudioId(), command.foundedOn(),
                command.description()));
    }

    @CommandHandler
    void handle(JoinAlliance command, StudioStandings standings) {
        ensureNotAMember(command.studioId());
        ensureActive(command.studioId(), standings);
        apply(new StudioJoinedAlliance(id, command.studioId(), command.joinedOn()));
    }

    @CommandHandler
    void handle(LeaveAlliance command) {
        ensureMember(command.studioId());
        ensureNotLead(command.studioId());
        apply(new StudioLeftAlliance(id, command.studioId(), command.leftOn(), command.reason()));
    }

    private static void ensureActive(String studioId, StudioStandings standings) {
        StudioStatus status = standings.statusOf(studioId);
        if (status == StudioStatus.REVOKED) {
            throw new BusinessRuleViolation(ErrorCode.STUDIO_REVOKED,
                    "studio " + studioId + " has had its name revoked and cannot be in an alliance");
        }
        if (status == StudioStatus.SUSPENDED) {
            throw new BusinessRuleViolation(ErrorCode.STUDIO_SUSPENDED,
                    "studio " + studioId + " is suspended; reinstate it before it enters an alliance");
        }
    }

    private void ensureNotAMember(String studioId) {
        if (studioIds.contains(studioId)) {
            throw new BusinessRuleViolation(ErrorCode.STUDIO_ALREADY_IN_ALLIANCE,
                    "studio " + studioId + " already belongs to alliance " + id);
        }
    }

    private void ensureMember(String studioId) {
        if (!studioIds.contains(studioId)) {
            throw new BusinessRuleViolation(ErrorCode.STUDIO_NOT_IN_ALLIANCE,
                    "studio " + studioId + " does not belong to alliance " + id);
        }
    }

    private void ensureNotLead(String studioId) {
        if (studioId.equals(leadStudioId)) {
            throw new BusinessRuleViolation(ErrorCode.LEAD_STUDIO_CANNOT_LEAVE,
                    "studio " + studioId + " leads alliance " + id + " and cannot leave it");
        }
    }

    @EventSourcingHandler
    void on(AllianceFounded event) {
        id = event.allianceId();
        leadStudioId = event.leadStudioId();
        studioIds.add(event.leadStudioId());
    }

    @EventSourcingHandler
    void on(StudioJoinedAlliance event) {
        studioIds.add(event.studioId());
    }

    @EventSourcingHandler
    void on(StudioLeftAlliance event) {
        studioIds.remove(event.studioId());
    }
}
