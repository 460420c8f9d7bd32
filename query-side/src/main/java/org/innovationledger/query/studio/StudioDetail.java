package org.innovationledger.query.studio;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Everything the read model knows about one studio (创新工作室详情). */
@Schema(description = "A studio with its members, leaders, promotions, funding, challenges and alliances")
public record StudioDetail(
        String id,
        String name,
        StudioKind kind,
        @Schema(description = "命名级别") NamingLevel level,
        StudioStatus status,
        @Schema(description = "Why the studio is suspended or revoked; empty while active") String statusReason,
        @Schema(description = "Since when the studio is suspended or revoked") LocalDate statusSince,
        @Schema(description = "所在企业") String hostEnterprise,
        @Schema(description = "GB/T 2260 region code", example = "360829") String regionCode,
        @Schema(description = "命名单位") String namingUnion,
        @Schema(description = "领衔人") Leader leader,
        LocalDate foundedOn,
        String description,
        @Schema(description = "When the studio was registered in the ledger") Instant registeredAt,
        @Schema(description = "Current and former members; former ones have leftOn") List<Member> members,
        int memberCount,
        @Schema(description = "Current members who are apprentices (徒弟)") int apprenticeCount,
        List<LeaderChange> leaderHistory,
        List<Promotion> promotions,
        Funding funding,
        List<Challenge> challenges,
        int challengesOpen,
        int challengesSolved,
        @Schema(description = "The alliances the studio belongs to now") List<AllianceRef> alliances,
        @Schema(description = "Version of the studio this view shows (also the ETag)") long version) {

    /** A member's time in the studio (成员); one entry per stint, so a worker who rejoins appears twice. */
    public record Member(String memberId, String name, String role, boolean apprentice, LocalDate joinedOn,
                         LocalDate leftOn, String leaveReason) {

        boolean isCurrent() {
            return leftOn == null;
        }

        Member leaving(LocalDate on, String reason) {
            return new Member(memberId, name, role, apprentice, joinedOn, on, reason);
        }
    }

    /** A change of leader (变更领衔人). */
    public record LeaderChange(Leader previousLeader, Leader leader, LocalDate changedOn, String reason) {
    }

    /** A naming at a higher level (晋级). */
    public record Promotion(NamingLevel previousLevel, NamingLevel level, String namingUnion, LocalDate promotedOn) {
    }

    /** The studio's funding ledger (经费台账): every grant, and what was granted, spent and is left in all. */
    public record Funding(Yuan granted, Yuan spent, Yuan balance, List<Grant> grants) {

        static Funding of(List<Grant> grants) {
            Yuan granted = grants.stream().map(Grant::amount).reduce(Yuan.ZERO, Yuan::plus);
            Yuan spent = grants.stream().map(Grant::spent).reduce(Yuan.ZERO, Yuan::plus);
            return new Funding(granted, spent, granted.minus(spent), List.copyOf(grants));
        }
    }

    /** Funding granted to the studio (拨付经费), with what was spent from it. */
    public record Grant(String grantId, Yuan amount, String grantor, String purpose, LocalDate grantedOn,
                        Yuan spent, Yuan remaining, List<Spending> spendings) {

        static Grant granted(String grantId, Yuan amount, String grantor, String purpose, LocalDate grantedOn) {
            return new Grant(grantId, amount, grantor, purpose, grantedOn, Yuan.ZERO, amount, List.of());
        }

        Grant with(Spending spending) {
            List<Spending> all = new ArrayList<>(spendings);
            all.add(spending);
            return new Grant(grantId, amount, grantor, purpose, grantedOn, spent.plus(spending.amount()),
                             remaining.minus(spending.amount()), List.copyOf(all));
        }
    }

    /** Money spent against a grant (经费使用). */
    public record Spending(String spendingId, Yuan amount, String purpose, LocalDate spentOn) {
    }

    /** A technical challenge the studio took on (技术攻关). */
    public record Challenge(String challengeId, String title, String description, LocalDate takenOn,
                            ChallengeStatus status, String outcome, LocalDate solvedOn) {

        Challenge solved(String outcome, LocalDate on) {
            return new Challenge(challengeId, title, description, takenOn, ChallengeStatus.SOLVED, outcome, on);
        }
    }

    /** Where a challenge stands. */
    public enum ChallengeStatus {
        /** 攻关中 */
        TAKEN_ON,
        /** 已攻克 */
        SOLVED
    }

    /** An alliance the studio belongs to (所属联盟). */
    public record AllianceRef(String id, String name) {
    }
}
