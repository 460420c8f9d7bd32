package org.innovationledger.command.studio;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.LeaderChanged;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioPromoted;
import org.junit.jupiter.api.Test;

import static org.innovationledger.api.common.ErrorCode.LEADER_UNCHANGED;
import static org.innovationledger.api.common.ErrorCode.PROMOTION_NOT_HIGHER;
import static org.innovationledger.command.studio.StudioExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

class StudioLeadershipTest {

    private static final Leader SUCCESSOR = new Leader("陈国栋", "全国技术能手");

    private final FixtureConfiguration<Studio> fixture = new AggregateTestFixture<>(Studio.class);

    @Test
    void canChangeLeader() {
        fixture.given(registered())
               .when(changeLeader(SUCCESSOR))
               .expectEvents(new LeaderChanged(STUDIO_ID, LEADER, SUCCESSOR, day(7, 1), "原领衔人退休"));
    }

    @Test
    void changedLeaderIsThePreviousLeaderOfTheNextChange() {
        fixture.given(registered(), new LeaderChanged(STUDIO_ID, LEADER, SUCCESSOR, day(7, 1), "原领衔人退休"))
               .when(changeLeader(LEADER))
               .expectEvents(new LeaderChanged(STUDIO_ID, SUCCESSOR, LEADER, day(7, 1), "原领衔人退休"));
    }

    @Test
    void cannotChangeLeaderToCurrentLeader() {
        fixture.given(registered())
               .when(changeLeader(new Leader(LEADER.name(), LEADER.honourTitle())))
               .expectException(violates(LEADER_UNCHANGED))
               .expectNoEvents();
    }

    @Test
    void canPromoteStudio() {
        fixture.given(registered())
               .when(promote(NamingLevel.MUNICIPAL))
               .expectEvents(new StudioPromoted(STUDIO_ID, NamingLevel.COUNTY, NamingLevel.MUNICIPAL, "吉安市总工会",
                       day(9, 20)));
    }

    @Test
    void cannotPromoteStudioToItsCurrentLevel() {
        fixture.given(registered())
               .when(promote(NamingLevel.COUNTY))
               .expectException(violates(PROMOTION_NOT_HIGHER))
               .expectNoEvents();
    }

    @Test
    void cannotPromoteStudioToLowerLevel() {
        fixture.given(registered())
               .when(promote(NamingLevel.ENTERPRISE))
               .expectException(violates(PROMOTION_NOT_HIGHER))
               .expectNoEvents();
    }

    @Test
    void promotedLevelIsTheFloorOfTheNextPromotion() {
        fixture.given(registered(), new StudioPromoted(STUDIO_ID, NamingLevel.COUNTY, NamingLevel.PROVINCIAL,
                       "江西省总工会", day(9, 20)))
               .when(promote(NamingLevel.MUNICIPAL))
               .expectException(violates(PROMOTION_NOT_HIGHER))
               .expectNoEvents();
    }
}
