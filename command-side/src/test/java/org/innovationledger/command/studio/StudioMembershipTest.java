package org.innovationledger.command.studio;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static org.innovationledger.api.common.ErrorCode.LEFT_BEFORE_JOINING;
import static org.innovationledger.api.common.ErrorCode.MEMBER_ALREADY_IN_STUDIO;
import static org.innovationledger.api.common.ErrorCode.MEMBER_NOT_IN_STUDIO;
import static org.innovationledger.command.studio.StudioExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

class StudioMembershipTest {

    private final FixtureConfiguration<Studio> fixture = new AggregateTestFixture<>(Studio.class);

    @Test
    void canJoinStudio() {
        fixture.given(registered())
               .when(join("m-1", day(3, 1)))
               .expectEvents(joined("m-1", day(3, 1)));
    }

    @Test
    void cannotJoinStudioTwice() {
        fixture.given(registered(), joined("m-1", day(3, 1)))
               .when(join("m-1", day(5, 1)))
               .expectException(violates(MEMBER_ALREADY_IN_STUDIO))
               .expectNoEvents();
    }

    @Test
    void memberWhoLeftCanJoinAgain() {
        fixture.given(registered(), joined("m-1", day(3, 1)), left("m-1", day(4, 1)))
               .when(join("m-1", day(9, 1)))
               .expectEvents(joined("m-1", day(9, 1)));
    }

    @Test
    void canLeaveStudio() {
        fixture.given(registered(), joined("m-1", day(3, 1)))
               .when(leave("m-1", day(8, 31)))
               .expectEvents(left("m-1", day(8, 31)));
    }

    @Test
    void canLeaveStudioOnTheDayOfJoining() {
        fixture.given(registered(), joined("m-1", day(3, 1)))
               .when(leave("m-1", day(3, 1)))
               .expectEvents(left("m-1", day(3, 1)));
    }

    @Test
    void cannotLeaveStudioWithoutBelongingToIt() {
        fixture.given(registered(), joined("m-1", day(3, 1)))
               .when(leave("m-2", day(8, 31)))
               .expectException(violates(MEMBER_NOT_IN_STUDIO))
               .expectNoEvents();
    }

    @Test
    void cannotLeaveStudioTwice() {
        fixture.given(registered(), joined("m-1", day(3, 1)), left("m-1", day(4, 1)))
               .when(leave("m-1", day(4, 2)))
               .expectException(violates(MEMBER_NOT_IN_STUDIO))
               .expectNoEvents();
    }

    @Test
    void cannotLeaveStudioBeforeJoiningIt() {
        fixture.given(registered(), joined("m-1", day(3, 1)))
               .when(leave("m-1", day(2, 29)))
               .expectException(violates(LEFT_BEFORE_JOINING))
               .expectNoEvents();
    }
}
