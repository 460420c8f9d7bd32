package org.innovationledger.command.achievement;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.achievement.AcceptAchievement;
import org.innovationledger.api.achievement.AchievementReturned;
import org.innovationledger.api.achievement.AchievementRevised;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.achievement.Contributor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.ACHIEVEMENT_ALREADY_ACCEPTED;
import static org.innovationledger.api.common.ErrorCode.ACHIEVEMENT_CLOSED;
import static org.innovationledger.api.common.ErrorCode.ACHIEVEMENT_NOT_EDITABLE;
import static org.innovationledger.api.common.ErrorCode.ACHIEVEMENT_NOT_SUBMITTED;
import static org.innovationledger.api.common.ErrorCode.ACTOR_REQUIRED;
import static org.innovationledger.api.common.ErrorCode.CONTRIBUTOR_SHARES_INVALID;
import static org.innovationledger.api.common.ErrorCode.REASON_REQUIRED;
import static org.innovationledger.api.common.ErrorCode.STEP_BEFORE_PREVIOUS_STEP;
import static org.innovationledger.api.common.ErrorCode.STUDIO_MAY_NOT_RECORD;
import static org.innovationledger.command.achievement.AchievementExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

/** Recording, revising, submitting, reviewing and withdrawing an achievement. */
class AchievementReviewTest {

    private final FixtureConfiguration<Achievement> fixture = fixture();

    @Test
    void activeStudioRecordsAchievementAsDraft() {
        fixture.givenNoPriorActivity()
               .when(record(STUDIO_ID, twoContributors()))
               .expectEvents(recorded())
               .expectState(achievement -> assertThat(achievement.status()).isEqualTo(AchievementStatus.DRAFT));
    }

    @Test
    void suspendedStudioMayNotRecordAchievement() {
        fixture.givenNoPriorActivity()
               .when(record(SUSPENDED_STUDIO, twoContributors()))
               .expectException(violates(STUDIO_MAY_NOT_RECORD))
               .expectNoEvents();
    }

    @Test
    void revokedStudioMayNotRecordAchievement() {
        fixture.givenNoPriorActivity()
               .when(record(REVOKED_STUDIO, twoContributors()))
               .expectException(violates(STUDIO_MAY_NOT_RECORD))
               .expectNoEvents();
    }

    @Test
    void unknownStudioCannotRecordAchievement() {
        fixture.givenNoPriorActivity()
               .when(record("studio-unknown", twoContributors()))
               .expectException(AggregateNotFoundException.class)
               .expectNoEvents();
    }

    @Test
    void achievementNamesAtLeastOneContributor() {
        fixture.givenNoPriorActivity()
               .when(record(STUDIO_ID, List.of()))
               .expectException(violates(CONTRIBUTOR_SHARES_INVALID))
               .expectNoEvents();
    }

    @Test
    void contributorIsNamedOnlyOnceByMemberId() {
        fixture.givenNoPriorActivity()
               .when(record(STUDIO_ID, List.of(contributor("赵志刚", "MY-0001", "50"),
                       contributor("赵志钢", "MY-0001", "50"))))
               .expectException(violates(CONTRIBUTOR_SHARES_INVALID))
               .expectNoEvents();
    }

    @Test
    void contributorWithoutMemberIdIsNamedOnlyOnceByName() {
        fixture.givenNoPriorActivity()
               .when(record(STUDIO_ID, List.of(contributor("孙丽", null, "50"), contributor("孙丽", null, "50"))))
               .expectException(violates(CONTRIBUTOR_SHARES_INVALID))
               .expectNoEvents();
    }

    @Test
    void namesakesWithTheirOwnMemberIdsAreTwoContributors() {
        fixture.givenNoPriorActivity()
               .when(record(STUDIO_ID, List.of(contributor("孙丽", "MY-1024", "50"),
                       contributor("孙丽", "MY-2048", "50"))))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void sharesMustBePositive() {
        fixture.givenNoPriorActivity()
               .when(record(STUDIO_ID, List.of(contributor("赵志刚", "MY-0001", "100"),
                       contributor("孙丽", "MY-1024", "0"))))
               .expectException(violates(CONTRIBUTOR_SHARES_INVALID))
               .expectNoEvents();
    }

    @Test
    void sharesHaveAtMostTwoDecimals() {
        fixture.givenNoPriorActivity()
               .when(record(STUDIO_ID, List.of(contributor("赵志刚", "MY-0001", "33.335"),
                       contributor("孙丽", "MY-1024", "66.665"))))
               .expectException(violates(CONTRIBUTOR_SHARES_INVALID))
               .expectNoEvents();
    }

    @Test
    void sharesMustAddUpToExactly100() {
        fixture.givenNoPriorActivity()
               .when(record(STUDIO_ID, List.of(contributor("赵志刚", "MY-0001", "33.33"),
                       contributor("孙丽", "MY-1024", "33.33"), contributor("钱伟", "MY-2048", "33.33"))))
               .expectException(violates(CONTRIBUTOR_SHARES_INVALID))
               .expectNoEvents();
    }

    @Test
    void sharesWithDecimalsThatAddUpTo100AreAccepted() {
        fixture.givenNoPriorActivity()
               .when(record(STUDIO_ID, List.of(contributor("赵志刚", "MY-0001", "33.34"),
                       contributor("孙丽", "MY-1024", "33.33"), contributor("钱伟", null, "33.33"))))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void draftCanBeRevised() {
        List<Contributor> alone = List.of(contributor("赵志刚", "MY-0001", "100"));
        fixture.given(recorded())
               .when(revise(alone))
               .expectEvents(new AchievementRevised(ACHIEVEMENT_ID, content(alone)));
    }

    @Test
    void returnedAchievementCanBeRevised() {
        fixture.given(with(submittedHistory(), returned(date(2025, 3, 10))))
               .when(revise(twoContributors()))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void submittedAchievementCannotBeRevised() {
        fixture.given(submittedHistory())
               .when(revise(twoContributors()))
               .expectException(violates(ACHIEVEMENT_NOT_EDITABLE))
               .expectNoEvents();
    }

    @Test
    void revisionKeepsTheContributorRules() {
        fixture.given(recorded())
               .when(revise(List.of(contributor("赵志刚", "MY-0001", "90"))))
               .expectException(violates(CONTRIBUTOR_SHARES_INVALID))
               .expectNoEvents();
    }

    @Test
    void draftCanBeSubmitted() {
        fixture.given(recorded())
               .when(submit(SUBMITTED_ON))
               .expectEvents(submitted(SUBMITTED_ON))
               .expectState(achievement -> assertThat(achievement.status()).isEqualTo(AchievementStatus.SUBMITTED));
    }

    @Test
    void submittedAchievementCannotBeSubmittedAgain() {
        fixture.given(submittedHistory())
               .when(submit(SUBMITTED_ON))
               .expectException(violates(ACHIEVEMENT_NOT_EDITABLE))
               .expectNoEvents();
    }

    @Test
    void acceptedAchievementCannotBeSubmittedAgain() {
        fixture.given(acceptedHistory())
               .when(submit(date(2025, 4, 1)))
               .expectException(violates(ACHIEVEMENT_NOT_EDITABLE))
               .expectNoEvents();
    }

    @Test
    void returnedAchievementCanBeResubmitted() {
        fixture.given(with(submittedHistory(), returned(date(2025, 3, 10))))
               .when(submit(date(2025, 3, 15)))
               .expectEvents(submitted(date(2025, 3, 15)));
    }

    @Test
    void resubmissionCannotPrecedeTheReturn() {
        fixture.given(with(submittedHistory(), returned(date(2025, 3, 10))))
               .when(submit(date(2025, 3, 9)))
               .expectException(violates(STEP_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void submittedAchievementCanBeAccepted() {
        fixture.given(submittedHistory())
               .when(accept(ACCEPTED_ON))
               .expectEvents(accepted(ACCEPTED_ON))
               .expectState(achievement -> assertThat(achievement.status()).isEqualTo(AchievementStatus.ACCEPTED));
    }

    @Test
    void onlySubmittedAchievementCanBeAccepted() {
        fixture.given(recorded())
               .when(accept(ACCEPTED_ON))
               .expectException(violates(ACHIEVEMENT_NOT_SUBMITTED))
               .expectNoEvents();
    }

    @Test
    void acceptedAchievementCannotBeReturned() {
        fixture.given(acceptedHistory())
               .when(returnFor("请补充效益测算", date(2025, 3, 25)))
               .expectException(violates(ACHIEVEMENT_NOT_SUBMITTED))
               .expectNoEvents();
    }

    @Test
    void returnedAchievementCannotBeRejectedBeforeItIsResubmitted() {
        fixture.given(with(submittedHistory(), returned(date(2025, 3, 10))))
               .when(reject("与已有成果重复", date(2025, 3, 12)))
               .expectException(violates(ACHIEVEMENT_NOT_SUBMITTED))
               .expectNoEvents();
    }

    @Test
    void acceptanceCannotPrecedeTheSubmission() {
        fixture.given(submittedHistory())
               .when(accept(SUBMITTED_ON.minusDays(1)))
               .expectException(violates(STEP_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void returnCannotPrecedeTheSubmission() {
        fixture.given(submittedHistory())
               .when(returnFor("请补充效益测算", SUBMITTED_ON.minusDays(1)))
               .expectException(violates(STEP_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void rejectionCannotPrecedeTheSubmission() {
        fixture.given(submittedHistory())
               .when(reject("与已有成果重复", SUBMITTED_ON.minusDays(1)))
               .expectException(violates(STEP_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void submittedAchievementIsReturnedWithItsReason() {
        fixture.given(submittedHistory())
               .when(returnFor("请补充效益测算", date(2025, 3, 10)))
               .expectEvents(new AchievementReturned(ACHIEVEMENT_ID, REVIEWER, date(2025, 3, 10), "请补充效益测算"))
               .expectState(achievement -> assertThat(achievement.status()).isEqualTo(AchievementStatus.RETURNED));
    }

    @Test
    void returnStatesItsReason() {
        fixture.given(submittedHistory())
               .when(returnFor(" ", date(2025, 3, 10)))
               .expectException(violates(REASON_REQUIRED))
               .expectNoEvents();
    }

    @Test
    void submittedAchievementCanBeRejectedWithItsReason() {
        fixture.given(submittedHistory())
               .when(reject("与已有成果重复", date(2025, 3, 10)))
               .expectEvents(rejected(date(2025, 3, 10)))
               .expectState(achievement -> assertThat(achievement.status()).isEqualTo(AchievementStatus.REJECTED));
    }

    @Test
    void rejectionStatesItsReason() {
        fixture.given(submittedHistory())
               .when(reject(null, date(2025, 3, 10)))
               .expectException(violates(REASON_REQUIRED))
               .expectNoEvents();
    }

    @Test
    void reviewNamesTheReviewer() {
        fixture.given(submittedHistory())
               .when(new AcceptAchievement(ACHIEVEMENT_ID, null, "", ACCEPTED_ON, null))
               .expectException(violates(ACTOR_REQUIRED))
               .expectNoEvents();
    }

    static Stream<List<Object>> historiesBeforeAcceptance() {
        return Stream.of(List.of(recorded()), submittedHistory(),
                with(submittedHistory(), returned(date(2025, 3, 10))));
    }

    @ParameterizedTest
    @MethodSource("historiesBeforeAcceptance")
    void canWithdrawBeforeAcceptance(List<Object> history) {
        fixture.given(history)
               .when(withdraw(date(2025, 3, 12)))
               .expectEvents(withdrawn(date(2025, 3, 12)))
               .expectState(achievement -> assertThat(achievement.status()).isEqualTo(AchievementStatus.WITHDRAWN));
    }

    @Test
    void cannotWithdrawAfterAcceptance() {
        fixture.given(implementedHistory())
               .when(withdraw(date(2025, 5, 1)))
               .expectException(violates(ACHIEVEMENT_ALREADY_ACCEPTED))
               .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("org.innovationledger.command.achievement.AchievementExamples#everyCommand")
    void rejectedAchievementAcceptsNothingMore(Object command) {
        fixture.given(with(submittedHistory(), rejected(date(2025, 3, 10))))
               .when(command)
               .expectException(violates(ACHIEVEMENT_CLOSED))
               .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("org.innovationledger.command.achievement.AchievementExamples#everyCommand")
    void withdrawnAchievementAcceptsNothingMore(Object command) {
        fixture.given(recorded(), withdrawn(date(2025, 3, 1)))
               .when(command)
               .expectException(violates(ACHIEVEMENT_CLOSED))
               .expectNoEvents();
    }
}
