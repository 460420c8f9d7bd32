package org.innovationledger.command.studio;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.studio.StudioReinstated;
import org.innovationledger.api.studio.StudioStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.STUDIO_NOT_SUSPENDED;
import static org.innovationledger.api.common.ErrorCode.STUDIO_REVOKED;
import static org.innovationledger.api.common.ErrorCode.STUDIO_SUSPENDED;
import static org.innovationledger.command.studio.StudioExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

class StudioStatusTest {

    private final FixtureConfiguration<Studio> fixture = new AggregateTestFixture<>(Studio.class);

    @Test
    void canRegisterStudio() {
        fixture.givenNoPriorActivity()
               .when(register())
               .expectEvents(registered())
               .expectState(studio -> assertThat(studio.status()).isEqualTo(StudioStatus.ACTIVE));
    }

    @Test
    void canUpdateStudioProfile() {
        fixture.given(registered())
               .when(updateProfile())
               .expectEvents(profileUpdated());
    }

    @Test
    void canSuspendStudio() {
        fixture.given(registered())
               .when(suspend())
               .expectEvents(suspended())
               .expectState(studio -> assertThat(studio.status()).isEqualTo(StudioStatus.SUSPENDED));
    }

    @Test
    void cannotSuspendSuspendedStudio() {
        fixture.given(registered(), suspended())
               .when(suspend())
               .expectException(violates(STUDIO_SUSPENDED))
               .expectNoEvents();
    }

    @Test
    void canReinstateSuspendedStudio() {
        fixture.given(registered(), suspended())
               .when(reinstate())
               .expectEvents(new StudioReinstated(STUDIO_ID, "已补交工作计划", day(5, 10)))
               .expectState(studio -> assertThat(studio.status()).isEqualTo(StudioStatus.ACTIVE));
    }

    @Test
    void cannotReinstateActiveStudio() {
        fixture.given(registered())
               .when(reinstate())
               .expectException(violates(STUDIO_NOT_SUSPENDED))
               .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("org.innovationledger.command.studio.StudioExamples#commandsRefusedWhileSuspended")
    void suspendedStudioRefusesEverythingButProfileLeaveReinstateAndRevoke(Object command) {
        fixture.given(registered(), joined("m-1", day(3, 1)), suspended())
               .when(command)
               .expectException(violates(STUDIO_SUSPENDED))
               .expectNoEvents();
    }

    @Test
    void canUpdateProfileOfSuspendedStudio() {
        fixture.given(registered(), suspended())
               .when(updateProfile())
               .expectEvents(profileUpdated());
    }

    @Test
    void memberCanLeaveSuspendedStudio() {
        fixture.given(registered(), joined("m-1", day(3, 1)), suspended())
               .when(leave("m-1", day(4, 20)))
               .expectEvents(left("m-1", day(4, 20)));
    }

    @Test
    void canRevokeNameOfActiveStudio() {
        fixture.given(registered())
               .when(revoke())
               .expectEvents(revoked())
               .expectState(studio -> assertThat(studio.status()).isEqualTo(StudioStatus.REVOKED));
    }

    @Test
    void canRevokeNameOfSuspendedStudio() {
        fixture.given(registered(), suspended())
               .when(revoke())
               .expectEvents(revoked());
    }

    @Test
    void cannotRevokeStudioNameTwice() {
        fixture.given(registered(), revoked())
               .when(revoke())
               .expectException(violates(STUDIO_REVOKED))
               .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("org.innovationledger.command.studio.StudioExamples#everyCommandAfterRegistration")
    void revokedStudioRefusesEveryCommand(Object command) {
        fixture.given(registered(), joined("m-1", day(3, 1)), revoked())
               .when(command)
               .expectException(violates(STUDIO_REVOKED))
               .expectNoEvents();
    }
}
