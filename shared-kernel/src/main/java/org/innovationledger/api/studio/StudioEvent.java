package org.innovationledger.api.studio;

/** Everything that can happen to a studio (工作室). */
public sealed interface StudioEvent permits StudioRegistered, StudioProfileUpdated, MemberJoined, MemberLeft,
        LeaderChanged, StudioPromoted, StudioSuspended, StudioReinstated, StudioNameRevoked, FundingGranted,
        FundingSpent, ChallengeTakenOn, ChallengeSolved, StarRatingConfirmed {

    String studioId();
}
