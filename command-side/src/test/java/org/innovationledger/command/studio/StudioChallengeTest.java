package org.innovationledger.command.studio;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static org.innovationledger.api.common.ErrorCode.CHALLENGE_ALREADY_RECORDED;
import static org.innovationledger.api.common.ErrorCode.CHALLENGE_ALREADY_SOLVED;
import static org.innovationledger.api.common.ErrorCode.CHALLENGE_NOT_FOUND;
import static org.innovationledger.api.common.ErrorCode.SOLVED_BEFORE_TAKEN_ON;
import static org.innovationledger.command.studio.StudioExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

class StudioChallengeTest {

    private final FixtureConfiguration<Studio> fixture = new AggregateTestFixture<>(Studio.class);

    @Test
    void canTakeOnChallenge() {
        fixture.given(registered())
               .when(takeOn("c-1", day(3, 1)))
               .expectEvents(takenOn("c-1", day(3, 1)));
    }

    @Test
    void cannotTakeOnChallengeTwice() {
        fixture.given(registered(), takenOn("c-1", day(3, 1)))
               .when(takeOn("c-1", day(4, 1)))
               .expectException(violates(CHALLENGE_ALREADY_RECORDED))
               .expectNoEvents();
    }

    @Test
    void canSolveChallenge() {
        fixture.given(registered(), takenOn("c-1", day(3, 1)))
               .when(solve("c-1", day(6, 18)))
               .expectEvents(solved("c-1", day(6, 18)));
    }

    @Test
    void canSolveChallengeOnTheDayItWasTakenOn() {
        fixture.given(registered(), takenOn("c-1", day(3, 1)))
               .when(solve("c-1", day(3, 1)))
               .expectEvents(solved("c-1", day(3, 1)));
    }

    @Test
    void cannotSolveUnknownChallenge() {
        fixture.given(registered(), takenOn("c-1", day(3, 1)))
               .when(solve("c-2", day(6, 18)))
               .expectException(violates(CHALLENGE_NOT_FOUND))
               .expectNoEvents();
    }

    @Test
    void cannotSolveChallengeTwice() {
        fixture.given(registered(), takenOn("c-1", day(3, 1)), solved("c-1", day(6, 18)))
               .when(solve("c-1", day(7, 1)))
               .expectException(violates(CHALLENGE_ALREADY_SOLVED))
               .expectNoEvents();
    }

    @Test
    void cannotSolveChallengeBeforeTakingItOn() {
        fixture.given(registered(), takenOn("c-1", day(3, 1)))
               .when(solve("c-1", day(2, 28)))
               .expectException(violates(SOLVED_BEFORE_TAKEN_ON))
               .expectNoEvents();
    }
}
