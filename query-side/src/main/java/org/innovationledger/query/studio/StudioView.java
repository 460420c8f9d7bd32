package org.innovationledger.query.studio;

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
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.api.studio.StudioSuspended;
import org.innovationledger.query.store.VersionedView;
import org.innovationledger.query.studio.StudioDetail.AllianceRef;
import org.innovationledger.query.studio.StudioDetail.Challenge;
import org.innovationledger.query.studio.StudioDetail.ChallengeStatus;
import org.innovationledger.query.studio.StudioDetail.Funding;
import org.innovationledger.query.studio.StudioDetail.Grant;
import org.innovationledger.query.studio.StudioDetail.LeaderChange;
import org.innovationledger.query.studio.StudioDetail.Member;
import org.innovationledger.query.studio.StudioDetail.Promotion;
import org.innovationledger.query.studio.StudioDetail.Spending;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The part of a studio view (工作室视图) that the studio's own events write, changed one event at a time. The
 * alliances a studio belongs to come from alliance events and are kept beside it, not here.
 */
final class StudioView extends VersionedView {

    final String id;
    Instant registeredAt;
    String name;
    StudioKind kind;
    NamingLevel level;
    StudioStatus status;
    String statusReason;
    LocalDate statusSince;
    String hostEnterprise;
    String regionCode;
    String namingUnion;
    Leader leader;
    LocalDate foundedOn;
    String description;
    final List<Member> members = new ArrayList<>();
    final List<LeaderChange> leaderHistory = new ArrayList<>();
    final List<Promotion> promotions = new ArrayList<>();
    final List<Grant> grants = new ArrayList<>();
    final List<Challenge> challenges = new ArrayList<>();

    StudioView(String id) {
        this.id = id;
    }

    void register(StudioRegistered event, Instant at) {
        registeredAt = at;
        name = event.name();
        kind = event.kind();
        level = event.level();
        status = StudioStatus.ACTIVE;
        hostEnterprise = event.hostEnterprise();
        regionCode = event.regionCode().value();
        namingUnion = event.namingUnion();
        leader = event.leader();
        foundedOn = event.foundedOn();
        description = event.description();
    }

    void updateProfile(StudioProfileUpdated event) {
        name = event.name();
        hostEnterprise = event.hostEnterprise();
        regionCode = event.regionCode().value();
        description = event.description();
    }

    void join(MemberJoined event) {
        members.add(new Member(event.memberId(), event.name(), event.role(), event.apprentice(), event.joinedOn(),
                               null, null));
    }

    void leave(MemberLeft event) {
        replaceFirst(members, member -> member.isCurrent() && member.memberId().equals(event.memberId()),
                     member -> member.leaving(event.leftOn(), event.reason()));
    }

    void changeLeader(LeaderChanged event) {
        leaderHistory.add(new LeaderChange(event.previousLeader(), event.leader(), event.changedOn(),
                                           event.reason()));
        leader = event.leader();
    }

    void promote(StudioPromoted event) {
        promotions.add(new Promotion(event.previousLevel(), event.level(), event.namingUnion(), event.promotedOn()));
        level = event.level();
        namingUnion = event.namingUnion();
    }

    void suspend(StudioSuspended event) {
        status(StudioStatus.SUSPENDED, event.reason(), event.suspendedOn());
    }

    void reinstate(StudioReinstated event) {
        status(StudioStatus.ACTIVE, null, null);
    }

    void revoke(StudioNameRevoked event) {
        status(StudioStatus.REVOKED, event.reason(), event.revokedOn());
    }

    void grant(FundingGranted event) {
        grants.add(Grant.granted(event.grantId(), event.amount(), event.grantor(), event.purpose(),
                                 event.grantedOn()));
    }

    void spend(FundingSpent event) {
        Spending spending = new Spending(event.spendingId(), event.amount(), event.purpose(), event.spentOn());
        replaceFirst(grants, grant -> grant.grantId().equals(event.grantId()), grant -> grant.with(spending));
    }

    void takeOn(ChallengeTakenOn event) {
        challenges.add(new Challenge(event.challengeId(), event.title(), event.description(), event.takenOn(),
                                     ChallengeStatus.TAKEN_ON, null, null));
    }

    void solve(ChallengeSolved event) {
        replaceFirst(challenges, challenge -> challenge.challengeId().equals(event.challengeId()),
                     challenge -> challenge.solved(event.outcome(), event.solvedOn()));
    }

    int memberCount() {
        return (int) members.stream().filter(Member::isCurrent).count();
    }

    int apprenticeCount() {
        return (int) members.stream().filter(Member::isCurrent).filter(Member::apprentice).count();
    }

    int challengesSolved() {
        return (int) challenges.stream().filter(challenge -> challenge.status() == ChallengeStatus.SOLVED).count();
    }

    Funding funding() {
        return Funding.of(grants);
    }

    StudioDetail toDetail(List<AllianceRef> alliances) {
        return new StudioDetail(id, name, kind, level, status, statusReason, statusSince, hostEnterprise, regionCode,
                                namingUnion, leader, foundedOn, description, registeredAt, List.copyOf(members),
                                memberCount(), apprenticeCount(), List.copyOf(leaderHistory),
                                List.copyOf(promotions), funding(), List.copyOf(challenges),
                                challenges.size() - challengesSolved(), challengesSolved(), alliances, version());
    }

    private void status(StudioStatus newStatus, String reason, LocalDate since) {
        status = newStatus;
        statusReason = reason;
        statusSince = since;
    }

    private static <T> void replaceFirst(List<T> items, Predicate<T> which,
                                         UnaryOperator<T> change) {
        for (int i = 0; i < items.size(); i++) {
            if (which.test(items.get(i))) {
                items.set(i, change.apply(items.get(i)));
                return;
            }
        }
    }
}
