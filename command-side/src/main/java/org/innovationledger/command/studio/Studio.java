package org.innovationledger.command.studio;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.api.common.BusinessRuleViolation;
import org.innovationledger.api.common.ErrorCode;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.ChallengeSolved;
import org.innovationledger.api.studio.ChallengeTakenOn;
import org.innovationledger.api.studio.ChangeLeader;
import org.innovationledger.api.studio.ConfirmStarRating;
import org.innovationledger.api.studio.FundingGranted;
import org.innovationledger.api.studio.FundingSpent;
import org.innovationledger.api.studio.GrantFunding;
import org.innovationledger.api.studio.JoinStudio;
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.LeaderChanged;
import org.innovationledger.api.studio.LeaveStudio;
import org.innovationledger.api.studio.MemberJoined;
import org.innovationledger.api.studio.MemberLeft;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.PromoteStudio;
import org.innovationledger.api.studio.RegisterStudio;
import org.innovationledger.api.studio.ReinstateStudio;
import org.innovationledger.api.studio.RevokeStudioName;
import org.innovationledger.api.studio.SolveChallenge;
import org.innovationledger.api.studio.SpendFunding;
import org.innovationledger.api.studio.StarRatingConfirmed;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioNameRevoked;
import org.innovationledger.api.studio.StudioProfileUpdated;
import org.innovationledger.api.studio.StudioPromoted;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.api.studio.StudioReinstated;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.api.studio.StudioSuspended;
import org.innovationledger.api.studio.SuspendStudio;
import org.innovationledger.api.studio.TakeOnChallenge;
import org.innovationledger.api.studio.UpdateStudioProfile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An innovation studio (创新工作室): a team of front-line workers led by a distinguished worker (领衔人) and named
 * (命名) by a union at a level. It keeps its current members, the funding granted to it and the technical challenges
 * (技术攻关) it takes on, and its official star for each year rated (星级认定). A suspended studio (暂停) may only be
 * corrected, lose members, have a past year's star confirmed, be reinstated or be revoked; a revoked studio (摘牌)
 * accepts nothing more.
 */
@Aggregate(snapshotTriggerDefinition = "studioSnapshotTrigger")
class Studio {

    static final int MOST_STARS = 5;
    /** Rating years begin on the 1st of January in China, wherever the server runs. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @AggregateIdentifier
    private String id;
    private String name;
    private StudioKind kind;
    private NamingLevel level;
    private String hostEnterprise;
    private RegionCode regionCode;
    private String namingUnion;
    private Leader leader;
    private StudioStatus status;
    private Map<String, Member> members = new HashMap<>();
    private Map<String, Grant> grants = new HashMap<>();
    private Map<String, Challenge> challenges = new HashMap<>();
    /** The official star of each year confirmed, 0 for none. */
    private Map<Integer, Integer> starsByYear = new HashMap<>();

    Studio() {
    }

    @CommandHandler
    Studio(RegisterStudio command) {
        apply(new StudioRegistered(command.studioId(), command.name(), command.kind(), command.level(),
                command.hostEnterprise(), command.regionCode(), command.namingUnion(), command.leader(),
                command.foundedOn(), command.description()));
    }

    @CommandHandler
    void handle(UpdateStudioProfile command) {
        ensureNotRevoked();
        apply(new StudioProfileUpdated(id, command.name(), command.hostEnterprise(), command.regionCode(),
                command.description()));
    }

    @CommandHandler
    void handle(JoinStudio command) {
        ensureActive();
        ensureNotAMember(command.memberId());
        apply(new MemberJoined(id, command.memberId(), command.name(), command.role(), command.apprentice(),
                command.joinedOn()));
    }

    @CommandHandler
    void handle(LeaveStudio command) {
        ensureNotRevoked();
        ensureLeavesAfterJoining(command.memberId(), currentMember(command.memberId()), command.leftOn());
        apply(new MemberLeft(id, command.memberId(), command.leftOn(), command.reason()));
    }

    @CommandHandler
    void handle(ChangeLeader command) {
        ensureActive();
        ensureNewLeader(command.leader());
        apply(new LeaderChanged(id, leader, command.leader(), command.changedOn(), command.reason()));
    }

    @CommandHandler
    void handle(PromoteStudio command) {
        ensureActive();
        ensureHigherLevel(command.level());
        apply(new StudioPromoted(id, level, command.level(), command.namingUnion(), command.promotedOn()));
    }

    @CommandHandler
    void handle(SuspendStudio command) {
        ensureActive();
        apply(new StudioSuspended(id, command.reason(), command.suspendedOn()));
    }

    @CommandHandler
    void handle(ReinstateStudio command) {
        ensureNotRevoked();
        ensureSuspended();
        apply(new StudioReinstated(id, command.reason(), command.reinstatedOn()));
    }

    @CommandHandler
    void handle(RevokeStudioName command) {
        ensureNotRevoked();
        apply(new StudioNameRevoked(id, command.reason(), command.revokedOn()));
    }

    @CommandHandler
    void handle(GrantFunding command) {
        ensureActive();
        ensurePositive(command.amount());
        ensureNewGrant(command.grantId());
        apply(new FundingGranted(id, command.grantId(), command.amount(), command.grantor(), command.purpose(),
                command.grantedOn()));
    }

    @CommandHandler
    void handle(SpendFunding command) {
        ensureActive();
        ensurePositive(command.amount());
        Grant grant = existingGrant(command.grantId());
        ensureSpentAfterGranted(command.grantId(), grant, command.spentOn());
        ensureWithinGrant(command.grantId(), grant, command.amount());
        apply(new FundingSpent(id, command.grantId(), command.spendingId(), command.amount(), command.purpose(),
                command.spentOn()));
    }

    @CommandHandler
    void handle(TakeOnChallenge command) {
        ensureActive();
        ensureNewChallenge(command.challengeId());
        apply(new ChallengeTakenOn(id, command.challengeId(), command.title(), command.description(),
                command.takenOn()));
    }

    @CommandHandler
    void handle(SolveChallenge command) {
        ensureActive();
        Challenge challenge = existingChallenge(command.challengeId());
        ensureUnsolved(command.challengeId(), challenge);
        ensureSolvedAfterTakenOn(command.challengeId(), challenge, command.solvedOn());
        apply(new ChallengeSolved(id, command.challengeId(), command.outcome(), command.solvedOn()));
    }

    /**
     * A star is a judgement of a year that has begun (usually one that has ended), so a suspended studio's is still
     * confirmed; only a revoked studio's is not. The year begins by the calendar in China.
     */
    @CommandHandler
    void handle(ConfirmStarRating command) {
        ensureNotRevoked();
        ensureStarsInRange(command.stars(), "the official star");
        ensureStarsInRange(command.computedStars(), "the computed star");
        if (command.confirmedBy() == null || command.confirmedBy().isBlank()) {
            throw new BusinessRuleViolation(ErrorCode.ACTOR_REQUIRED, "a star confirmation must name who made it");
        }
        int currentYear = LocalDate.now(CHINA).getYear();
        if (command.year() > currentYear) {
            throw new BusinessRuleViolation(ErrorCode.RATING_YEAR_NOT_BEGUN,
                    "it is " + currentYear + "; the star of " + command.year() + " cannot be confirmed yet");
        }
        ensureReasonWhereNeeded(command);
        apply(new StarRatingConfirmed(id, command.year(), command.stars(), command.computedStars(),
                command.policyId(), command.policyVersion(), command.reason(), command.confirmedBy()));
    }

    StudioStatus status() {
        return status;
    }

    /** The official star confirmed for a year, if any. */
    Integer starsOf(int year) {
        return starsByYear.get(year);
    }

    private void ensureNotRevoked() {
        if (status == StudioStatus.REVOKED) {
            throw new BusinessRuleViolation(ErrorCode.STUDIO_REVOKED,
                    "studio " + id + " has had its name revoked and accepts no further changes");
        }
    }

    private void ensureActive() {
        ensureNotRevoked();
        if (status == StudioStatus.SUSPENDED) {
            throw new BusinessRuleViolation(ErrorCode.STUDIO_SUSPENDED,
                    "studio " + id + " is suspended; reinstate it first");
        }
    }

    private void ensureSuspended() {
        if (status != StudioStatus.SUSPENDED) {
            throw new BusinessRuleViolation(ErrorCode.STUDIO_NOT_SUSPENDED,
                    "studio " + id + " is " + status + ", not suspended");
        }
    }

    private static void ensureStarsInRange(int stars, String which) {
        if (stars < 0 || stars > MOST_STARS) {
            throw new BusinessRuleViolation(ErrorCode.STARS_OUT_OF_RANGE,
                    which + " goes from 0 (no star) to " + MOST_STARS + ", got " + stars);
        }
    }

    private void ensureReasonWhereNeeded(ConfirmStarRating command) {
        if (command.reason() != null && !command.reason().isBlank()) {
            return;
        }
        if (command.stars() != command.computedStars()) {
            throw new BusinessRuleViolation(ErrorCode.STAR_DIFFERS_WITHOUT_REASON, "the official star "
                    + command.stars() + " differs from the computed " + command.computedStars() + "; state why");
        }
        if (starsByYear.containsKey(command.year())) {
            throw new BusinessRuleViolation(ErrorCode.STAR_DIFFERS_WITHOUT_REASON, "the star of " + command.year()
                    + " is already confirmed as " + starsByYear.get(command.year()) + "; state why it is replaced");
        }
    }

    private void ensureNotAMember(String memberId) {
        if (members.containsKey(memberId)) {
            throw new BusinessRuleViolation(ErrorCode.MEMBER_ALREADY_IN_STUDIO,
                    "member " + memberId + " already belongs to studio " + id);
        }
    }

    private Member currentMember(String memberId) {
        Member member = members.get(memberId);
        if (member == null) {
            throw new BusinessRuleViolation(ErrorCode.MEMBER_NOT_IN_STUDIO,
                    "member " + memberId + " does not belong to studio " + id);
        }
        return member;
    }

    private void ensureLeavesAfterJoining(String memberId, Member member, LocalDate leftOn) {
        if (leftOn.isBefore(member.joinedOn())) {
            throw new BusinessRuleViolation(ErrorCode.LEFT_BEFORE_JOINING,
                    "member " + memberId + " joined on " + member.joinedOn() + " and cannot leave on " + leftOn);
        }
    }

    private void ensureNewLeader(Leader newLeader) {
        if (leader.equals(newLeader)) {
            throw new BusinessRuleViolation(ErrorCode.LEADER_UNCHANGED,
                    newLeader.name() + " (" + newLeader.honourTitle() + ") already leads studio " + id);
        }
    }

    private void ensureHigherLevel(NamingLevel newLevel) {
        if (!newLevel.isHigherThan(level)) {
            throw new BusinessRuleViolation(ErrorCode.PROMOTION_NOT_HIGHER,
                    "studio " + id + " is named at " + level + "; " + newLevel + " is not higher");
        }
    }

    private static void ensurePositive(Yuan amount) {
        if (!amount.isPositive()) {
            throw new BusinessRuleViolation(ErrorCode.AMOUNT_NOT_POSITIVE,
                    "amount must be greater than zero, got " + amount + " yuan");
        }
    }

    private void ensureNewGrant(String grantId) {
        if (grants.containsKey(grantId)) {
            throw new BusinessRuleViolation(ErrorCode.GRANT_ALREADY_RECORDED,
                    "grant " + grantId + " is already recorded for studio " + id);
        }
    }

    private Grant existingGrant(String grantId) {
        Grant grant = grants.get(grantId);
        if (grant == null) {
            throw new BusinessRuleViolation(ErrorCode.GRANT_NOT_FOUND,
                    "studio " + id + " has no grant " + grantId);
        }
        return grant;
    }

    private static void ensureSpentAfterGranted(String grantId, Grant grant, LocalDate spentOn) {
        if (spentOn.isBefore(grant.grantedOn())) {
            throw new BusinessRuleViolation(ErrorCode.SPENDING_BEFORE_GRANT,
                    "grant " + grantId + " was granted on " + grant.grantedOn() + " and cannot be spent on " + spentOn);
        }
    }

    private static void ensureWithinGrant(String grantId, Grant grant, Yuan amount) {
        if (amount.exceeds(grant.remaining())) {
            throw new BusinessRuleViolation(ErrorCode.SPENDING_EXCEEDS_GRANT,
                    "spending " + amount + " yuan exceeds the " + grant.remaining() + " yuan that remain of the "
                            + grant.amount() + " yuan of grant " + grantId);
        }
    }

    private void ensureNewChallenge(String challengeId) {
        if (challenges.containsKey(challengeId)) {
            throw new BusinessRuleViolation(ErrorCode.CHALLENGE_ALREADY_RECORDED,
                    "challenge " + challengeId + " is already recorded for studio " + id);
        }
    }

    private Challenge existingChallenge(String challengeId) {
        Challenge challenge = challenges.get(challengeId);
        if (challenge == null) {
            throw new BusinessRuleViolation(ErrorCode.CHALLENGE_NOT_FOUND,
                    "studio " + id + " has no challenge " + challengeId);
        }
        return challenge;
    }

    private static void ensureUnsolved(String challengeId, Challenge challenge) {
        if (challenge.solved()) {
            throw new BusinessRuleViolation(ErrorCode.CHALLENGE_ALREADY_SOLVED,
                    "challenge " + challengeId + " is already solved");
        }
    }

    private static void ensureSolvedAfterTakenOn(String challengeId, Challenge challenge, LocalDate solvedOn) {
        if (solvedOn.isBefore(challenge.takenOn())) {
            throw new BusinessRuleViolation(ErrorCode.SOLVED_BEFORE_TAKEN_ON,
                    "challenge " + challengeId + " was taken on " + challenge.takenOn()
                            + " and cannot be solved on " + solvedOn);
        }
    }

    @EventSourcingHandler
    void on(StudioRegistered event) {
        id = event.studioId();
        name = event.name();
        kind = event.kind();
        level = event.level();
        hostEnterprise = event.hostEnterprise();
        regionCode = event.regionCode();
        namingUnion = event.namingUnion();
        leader = event.leader();
        status = StudioStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(StudioProfileUpdated event) {
        name = event.name();
        hostEnterprise = event.hostEnterprise();
        regionCode = event.regionCode();
    }

    @EventSourcingHandler
    void on(MemberJoined event) {
        members.put(event.memberId(), new Member(event.name(), event.role(), event.apprentice(), event.joinedOn()));
    }

    @EventSourcingHandler
    void on(MemberLeft event) {
        members.remove(event.memberId());
    }

    @EventSourcingHandler
    void on(LeaderChanged event) {
        leader = event.leader();
    }

    @EventSourcingHandler
    void on(StudioPromoted event) {
        level = event.level();
        namingUnion = event.namingUnion();
    }

    @EventSourcingHandler
    void on(StudioSuspended event) {
        status = StudioStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(StudioReinstated event) {
        status = StudioStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(StudioNameRevoked event) {
        status = StudioStatus.REVOKED;
    }

    @EventSourcingHandler
    void on(FundingGranted event) {
        grants.put(event.grantId(), Grant.of(event.amount(), event.grantedOn()));
    }

    @EventSourcingHandler
    void on(FundingSpent event) {
        grants.put(event.grantId(), grants.get(event.grantId()).spend(event.amount()));
    }

    @EventSourcingHandler
    void on(ChallengeTakenOn event) {
        challenges.put(event.challengeId(), Challenge.takenOn(event.takenOn()));
    }

    @EventSourcingHandler
    void on(ChallengeSolved event) {
        challenges.put(event.challengeId(), challenges.get(event.challengeId()).markSolved());
    }

    @EventSourcingHandler
    void on(StarRatingConfirmed event) {
        starsByYear.put(event.year(), event.stars());
    }
}
