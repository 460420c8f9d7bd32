package org.innovationledger.api.achievement;

/** Everything that can happen to a "五小" achievement (成果) and the savings it brings. */
public sealed interface AchievementEvent permits AchievementRecorded, AchievementRevised, AchievementSubmitted,
        AchievementAccepted, AchievementReturned, AchievementRejected, AchievementWithdrawn, AchievementImplemented,
        AwardRecorded, AchievementRecommended, AchievementAdopted, SavingsClaimed, SavingsClaimCorrected,
        SavingsClaimRejected, SavingsClaimVerified, VerifiedSavingsAdjusted {

    String achievementId();
}
