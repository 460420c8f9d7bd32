package org.innovationledger.query.studio;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.query.studio.StudioDetail.Challenge;
import org.innovationledger.query.studio.StudioDetail.ChallengeStatus;
import org.innovationledger.query.studio.StudioDetail.Grant;
import org.innovationledger.query.studio.StudioDetail.LeaderChange;
import org.innovationledger.query.studio.StudioDetail.Member;
import org.innovationledger.query.studio.StudioDetail.Promotion;
import org.innovationledger.query.studio.StudioDetail.Spending;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The entries inside a studio document — members, leaders, promotions, grants, spendings, challenges — as BSON.
 * Dates are ISO strings ({@code "2024-05-01"}), money is Decimal128 with two decimals, enums are their names.
 */
final class StudioEntries {

    private StudioEntries() {
    }

    static Document member(Member member) {
        return new Document("memberId", member.memberId()).append("name", member.name())
                .append("role", member.role()).append("apprentice", member.apprentice())
                .append("joinedOn", date(member.joinedOn())).append("leftOn", date(member.leftOn()))
                .append("leaveReason", member.leaveReason());
    }

    static Member member(Document entry) {
        return new Member(entry.getString("memberId"), entry.getString("name"), entry.getString("role"),
                          entry.getBoolean("apprentice"), date(entry, "joinedOn"), date(entry, "leftOn"),
                          entry.getString("leaveReason"));
    }

    static Document leaderChange(LeaderChange change) {
        return new Document("previousLeader", leader(change.previousLeader())).append("leader", leader(change.leader()))
                .append("changedOn", date(change.changedOn())).append("reason", change.reason());
    }

    static LeaderChange leaderChange(Document entry) {
        return new LeaderChange(leader(entry.get("previousLeader", Document.class)),
                                leader(entry.get("leader", Document.class)), date(entry, "changedOn"),
                                entry.getString("reason"));
    }

    static Document promotion(Promotion promotion) {
        return new Document("previousLevel", name(promotion.previousLevel())).append("level", name(promotion.level()))
                .append("namingUnion", promotion.namingUnion()).append("promotedOn", date(promotion.promotedOn()));
    }

    static Promotion promotion(Document entry) {
        return new Promotion(level(entry.getString("previousLevel")), level(entry.getString("level")),
                             entry.getString("namingUnion"), date(entry, "promotedOn"));
    }

    static Document grant(Grant grant) {
        return new Document("grantId", grant.grantId()).append("amount", money(grant.amount()))
                .append("grantor", grant.grantor()).append("purpose", grant.purpose())
                .append("grantedOn", date(grant.grantedOn())).append("spent", money(grant.spent()))
                .append("remaining", money(grant.remaining()))
                .append("spendings", all(grant.spendings(), StudioEntries::spending));
    }

    static Grant grant(Document entry) {
        return new Grant(entry.getString("grantId"), money(entry, "amount"), entry.getString("grantor"),
                         entry.getString("purpose"), date(entry, "grantedOn"), money(entry, "spent"),
                         money(entry, "remaining"),
                         all(entry.getList("spendings", Document.class), StudioEntries::spending));
    }

    static Document spending(Spending spending) {
        return new Document("spendingId", spending.spendingId()).append("amount", money(spending.amount()))
                .append("purpose", spending.purpose()).append("spentOn", date(spending.spentOn()));
    }

    static Spending spending(Document entry) {
        return new Spending(entry.getString("spendingId"), money(entry, "amount"), entry.getString("purpose"),
                            date(entry, "spentOn"));
    }

    static Document challenge(Challenge challenge) {
        return new Document("challengeId", challenge.challengeId()).append("title", challenge.title())
                .append("description", challenge.description()).append("takenOn", date(challenge.takenOn()))
                .append("status", challenge.status().name()).append("outcome", challenge.outcome())
                .append("solvedOn", date(challenge.solvedOn()));
    }

    static Challenge challenge(Document entry) {
        return new Challenge(entry.getString("challengeId"), entry.getString("title"),
                             entry.getString("description"), date(entry, "takenOn"),
                             ChallengeStatus.valueOf(entry.getString("status")), entry.getString("outcome"),
                             date(entry, "solvedOn"));
    }

    static Document leader(Leader leader) {
        return leader == null ? null
                : new Document("name", leader.name()).append("honourTitle", leader.honourTitle());
    }

    static Leader leader(Document entry) {
        return entry == null ? null : new Leader(entry.getString("name"), entry.getString("honourTitle"));
    }

    static Decimal128 money(Yuan amount) {
        return new Decimal128(amount.amount());
    }

    static Yuan money(Document document, String key) {
        return new Yuan(document.get(key, Decimal128.class).bigDecimalValue());
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(Document document, String key) {
        String iso = document.getString(key);
        return iso == null ? null : LocalDate.parse(iso);
    }

    static <A, B> List<B> all(List<A> items, Function<A, B> mapping) {
        return items.stream().map(mapping).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static NamingLevel level(String name) {
        return name == null ? null : NamingLevel.valueOf(name);
    }
}
