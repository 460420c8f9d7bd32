package org.innovationledger.query.ledger;

import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioStatus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A studio as the in-memory ledger knows it now: what its records are filtered and rolled up by, and the facts a
 * rating counts (members, funding, challenges, official stars). The fields are null until the studio's registration
 * is seen (nothing else can be recorded before it, but the index does not rely on that).
 */
final class IndexedStudio {

    /** Position in {@link LedgerIndex}'s studio list, so a query can mark matching studios in an array. */
    final int ordinal;
    final String id;
    String name;
    StudioKind kind;
    NamingLevel level;
    StudioStatus status;
    String hostEnterprise;
    String regionCode;
    /** The alliances it belongs to now (联盟). */
    final Set<String> allianceIds = new LinkedHashSet<>(2);
    /** Slots of its achievements, patents and savings claims in the ledger's columns. */
    final IntList achievements = new IntList();
    final IntList patents = new IntList();
    final IntList claims = new IntList();
    final List<Member> members = new ArrayList<>(0);
    final List<Grant> grants = new ArrayList<>(0);
    final List<Spending> spendings = new ArrayList<>(0);
    final List<SolvedChallenge> solvedChallenges = new ArrayList<>(0);
    /** The official star per year (星级认定), the latest confirmation of each year. */
    final TreeMap<Integer, StarConfirmation> confirmations = new TreeMap<>();
    /** The ledger's change count when a fact of this studio last changed: what a cached rating is checked against. */
    long changedAt;

    IndexedStudio(int ordinal, String id) {
        this.ordinal = ordinal;
        this.id = id;
    }

    /** A member from the day joined to the day left ({@link AchievementColumns#NO_DATE} while still a member). */
    record Member(String memberId, boolean apprentice, int joinedOn, int leftOn) {

        boolean memberOn(int day) {
            return joinedOn <= day && (leftOn == AchievementColumns.NO_DATE || leftOn > day);
        }
    }

    record Grant(String grantId, long fen, int grantedOn) {
    }

    record Spending(String grantId, long fen, int spentOn) {
    }

    record SolvedChallenge(String challengeId, int solvedOn) {
    }

    record StarConfirmation(int year, int stars, int computedStars, String policyId, int policyVersion,
                            String reason, String confirmedBy) {
    }
}
