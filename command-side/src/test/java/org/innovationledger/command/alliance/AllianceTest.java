package org.innovationledger.command.alliance;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.studio.StudioStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.innovationledger.api.common.ErrorCode.LEAD_STUDIO_CANNOT_LEAVE;
import static org.innovationledger.api.common.ErrorCode.STUDIO_ALREADY_IN_ALLIANCE;
import static org.innovationledger.api.common.ErrorCode.STUDIO_NOT_IN_ALLIANCE;
import static org.innovationledger.api.common.ErrorCode.STUDIO_REVOKED;
import static org.innovationledger.api.common.ErrorCode.STUDIO_SUSPENDED;
import static org.innovationledger.command.alliance.AllianceExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

class AllianceTest {

    private final FixtureConfiguration<Alliance> fixture = new AggregateTestFixture<>(Alliance.class);

    @BeforeEach
    void studios() {
        fixture.registerInjectableResource(new FakeStudioStandings()
                .with(LEAD, StudioStatus.ACTIVE)
                .with(ACTIVE, StudioStatus.ACTIVE)
                .with(SUSPENDED, StudioStatus.SUSPENDED)
                .with(REVOKED, StudioStatus.REVOKED));
    }

    @Test
    void canFoundAlliance() {
        fixture.givenNoPriorActivity()
               .when(found(LEAD))
               .expectEvents(founded());
    }

    @Test
    void cannotFoundAllianceLedBySuspendedStudio() {
        fixture.givenNoPriorActivity()
               .when(found(SUSPENDED))
               .expectException(violates(STUDIO_SUSPENDED))
               .expectNoEvents();
    }

    @Test
    void cannotFoundAllianceLedByRevokedStudio() {
        fixture.givenNoPriorActivity()
               .when(found(REVOKED))
               .expectException(violates(STUDIO_REVOKED))
               .expectNoEvents();
    }

    @Test
    void cannotFoundAllianceLedByUnknownStudio() {
        fixture.givenNoPriorActivity()
               .when(found("studio-unknown"))
               .expectException(AggregateNotFoundException.class)
               .expectNoEvents();
    }

    @Test
    void canJoinAlliance() {
        fixture.given(founded())
               .when(join(ACTIVE))
               .expectEvents(joined(ACTIVE));
    }

    @Test
    void cannotJoinAllianceWhileSuspended() {
        fixture.given(founded())
               .when(join(SUSPENDED))
               .expectException(violates(STUDIO_SUSPENDED))
               .expectNoEvents();
    }

    @Test
    void cannotJoinAllianceWhenRevoked() {
        fixture.given(founded())
               .when(join(REVOKED))
               .expectException(violates(STUDIO_REVOKED))
               .expectNoEvents();
    }

    @Test
    void unknownStudioCannotJoinAlliance() {
        fixture.given(founded())
               .when(join("studio-unknown"))
               .expectException(AggregateNotFoundException.class)
               .expectNoEvents();
    }

    @Test
    void cannotJoinAllianceTwice() {
        fixture.given(founded(), joined(ACTIVE))
               .when(join(ACTIVE))
               .expectException(violates(STUDIO_ALREADY_IN_ALLIANCE))
               .expectNoEvents();
    }

    @Test
    void leadStudioIsAlreadyInItsAlliance() {
        fixture.given(founded())
               .when(join(LEAD))
               .expectException(violates(STUDIO_ALREADY_IN_ALLIANCE))
               .expectNoEvents();
    }

    @Test
    void canLeaveAlliance() {
        fixture.given(founded(), joined(ACTIVE))
               .when(leave(ACTIVE))
               .expectEvents(left(ACTIVE));
    }

    @Test
    void cannotLeaveAllianceWithoutBelongingToIt() {
        fixture.given(founded())
               .when(leave(ACTIVE))
               .expectException(violates(STUDIO_NOT_IN_ALLIANCE))
               .expectNoEvents();
    }

    @Test
    void leadStudioCannotLeaveItsAlliance() {
        fixture.given(founded())
               .when(leave(LEAD))
               .expectException(violates(LEAD_STUDIO_CANNOT_LEAVE))
               .expectNoEvents();
    }

    @Test
    void studioThatLeftCanJoinAgain() {
        fixture.given(founded(), joined(ACTIVE), left(ACTIVE))
               .when(join(ACTIVE))
               .expectEvents(joined(ACTIVE));
    }
}
