package org.innovationledger.query.ledger;

import org.innovationledger.api.achievement.AchievementAccepted;
import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementContent;
import org.innovationledger.api.achievement.AchievementImplemented;
import org.innovationledger.api.achievement.AchievementRecorded;
import org.innovationledger.api.achievement.AchievementSubmitted;
import org.innovationledger.api.achievement.Contributor;
import org.innovationledger.api.achievement.SavingsClaimed;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioRegistered;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Feeds the in-memory ledger the events a test needs, as the stream would deliver them. */
final class LedgerExamples {

    static final LocalDate DAY = LocalDate.of(2025, 1, 10);

    final LedgerIndex index = new LedgerIndex();
    final LedgerIndexProjection projection = new LedgerIndexProjection(index);

    void studio(String studioId, String name, NamingLevel level, String enterprise, String regionCode) {
        projection.on(new StudioRegistered(studioId, name, StudioKind.MODEL_WORKER, level, enterprise,
                                           new RegionCode(regionCode), "总工会", new Leader("李建华", "劳动模范"),
                                           LocalDate.of(2020, 1, 1), null));
    }

    void draft(String achievementId, String studioId, String title, AchievementCategory category,
               LocalDate achievedOn) {
        projection.on(new AchievementRecorded(achievementId, studioId, new AchievementContent(
                title, category, "说明", "问题", "措施", "效果",
                List.of(new Contributor("王小明", "GP-1", new BigDecimal("100"))), achievedOn)));
    }

    /** Recorded, submitted, accepted and implemented. */
    void implemented(String achievementId, String studioId, String title, AchievementCategory category,
                     LocalDate achievedOn) {
        draft(achievementId, studioId, title, category, achievedOn);
        projection.on(new AchievementSubmitted(achievementId, achievedOn));
        projection.on(new AchievementAccepted(achievementId, "县总工会", achievedOn, null));
        projection.on(new AchievementImplemented(achievementId, "一号井", achievedOn));
    }

    void claim(String achievementId, String claimId, String period, String amount) {
        projection.on(new SavingsClaimed(achievementId, claimId, SavingsPeriod.parse(period), Yuan.of(amount),
                                         "测算", "凭证", DAY));
    }
}
