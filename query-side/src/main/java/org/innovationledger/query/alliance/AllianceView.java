package org.innovationledger.query.alliance;

import org.innovationledger.api.alliance.AllianceFounded;
import org.innovationledger.api.alliance.StudioJoinedAlliance;
import org.innovationledger.api.alliance.StudioLeftAlliance;

import org.innovationledger.query.alliance.AllianceDetail.FormerMember;
import org.innovationledger.query.alliance.AllianceDetail.Member;
import org.innovationledger.query.alliance.AllianceDetail.StudioRef;
import org.innovationledger.query.store.VersionedView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An alliance as the read model keeps it (联盟视图), changed one event at a time. */
final class AllianceView extends VersionedView {

    /** A studio's time in the alliance; a studio that rejoins has a second one. */
    record Stint(String studioId, LocalDate joinedOn, LocalDate leftOn, String leaveReason) {

        boolean isCurrent() {
            return leftOn == null;
        }
    }

    final String id;
    String name;
    String description;
    LocalDate foundedOn;
    String leadStudioId;
    final List<Stint> stints = new ArrayList<>();

    AllianceView(String id) {
        this.id = id;
    }

    void found(AllianceFounded event) {
        name = event.name();
        description = event.description();
        foundedOn = event.foundedOn();
        leadStudioId = event.leadStudioId();
        stints.add(new Stint(event.leadStudioId(), event.foundedOn(), null, null));
    }

    void join(StudioJoinedAlliance event) {
        stints.add(new Stint(event.studioId(), event.joinedOn(), null, null));
    }

    void leave(StudioLeftAlliance event) {
        for (int i = 0; i < stints.size(); i++) {
            Stint stint = stints.get(i);
            if (stint.isCurrent() && stint.studioId().equals(event.studioId())) {
                stints.set(i, new Stint(stint.studioId(), stint.joinedOn(), event.leftOn(), event.reason()));
                return;
            }
        }
    }

    int memberCount() {
        return (int) stints.stream().filter(Stint::isCurrent).count();
    }

    /** @param studioNames the current names of the studios, by id */
    AllianceDetail toDetail(Map<String, String> studioNames) {
        List<Member> members = stints.stream().filter(Stint::isCurrent)
                .map(stint -> new Member(stint.studioId(), studioNames.get(stint.studioId()), stint.joinedOn()))
                .toList();
        List<FormerMember> formerMembers = stints.stream().filter(stint -> !stint.isCurrent())
                .map(stint -> new FormerMember(stint.studioId(), studioNames.get(stint.studioId()), stint.joinedOn(),
                                               stint.leftOn(), stint.leaveReason()))
                .toList();
        return new AllianceDetail(id, name, description, foundedOn, leadStudio(studioNames), members, formerMembers,
                                  memberCount(), version());
    }

    AllianceSummary toSummary(Map<String, String> studioNames) {
        return new AllianceSummary(id, name, foundedOn, leadStudio(studioNames), memberCount(), version());
    }

    private StudioRef leadStudio(Map<String, String> studioNames) {
        return new StudioRef(leadStudioId, studioNames.get(leadStudioId));
    }
}
