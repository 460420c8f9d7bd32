package org.innovationledger.query.ledger;

import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementContent;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.achievement.Contributor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An achievement as the in-memory ledger keeps it: only what the list filters, sorts and shows, and its savings
 * claims. Its studio is the shared {@link IndexedStudio}, so a studio that moves region or enterprise moves its
 * achievements and their savings with it.
 */
final class IndexedAchievement {

    final String id;
    final IndexedStudio studio;
    String title;
    AchievementCategory category;
    LocalDate achievedOn;
    /** Title and contributors' names, lower case: what the text filter searches. */
    String searchText;
    AchievementStatus status = AchievementStatus.DRAFT;
    /** One bit per {@link AwardLevel} ordinal at which the achievement won an award. */
    int awardLevels;
    final List<IndexedClaim> claims = new ArrayList<>(1);

    IndexedAchievement(String id, IndexedStudio studio) {
        this.id = id;
        this.studio = studio;
    }

    void show(AchievementContent content) {
        title = content.title();
        category = content.category();
        achievedOn = content.achievedOn();
        StringBuilder text = new StringBuilder(content.title());
        for (Contributor contributor : content.contributors()) {
            text.append('\n').append(contributor.name());
        }
        searchText = text.toString().toLowerCase(Locale.ROOT);
    }

    void award(AwardLevel level) {
        awardLevels |= 1 << level.ordinal();
    }

    boolean hasAwardAt(int levelMask) {
        return (awardLevels & levelMask) != 0;
    }

    Optional<IndexedClaim> claim(String claimId) {
        return claims.stream().filter(claim -> claim.id.equals(claimId)).findFirst();
    }

    long claimedFen() {
        long total = 0;
        for (IndexedClaim claim : claims) {
            total = Math.addExact(total, claim.countedClaimedFen());
        }
        return total;
    }

    long verifiedFen() {
        long total = 0;
        for (IndexedClaim claim : claims) {
            total = Math.addExact(total, claim.countedVerifiedFen());
        }
        return total;
    }
}
