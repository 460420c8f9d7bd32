package org.innovationledger.command.studio;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.innovationledger.api.common.ErrorCode.AMOUNT_NOT_POSITIVE;
import static org.innovationledger.api.common.ErrorCode.GRANT_ALREADY_RECORDED;
import static org.innovationledger.api.common.ErrorCode.GRANT_NOT_FOUND;
import static org.innovationledger.api.common.ErrorCode.SPENDING_BEFORE_GRANT;
import static org.innovationledger.api.common.ErrorCode.SPENDING_EXCEEDS_GRANT;
import static org.innovationledger.command.studio.StudioExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

class StudioFundingTest {

    private final FixtureConfiguration<Studio> fixture = new AggregateTestFixture<>(Studio.class);

    @Test
    void canGrantFunding() {
        fixture.given(registered())
               .when(grant("g-1", "50000.00", day(3, 1)))
               .expectEvents(granted("g-1", "50000.00", day(3, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-500.00"})
    void cannotGrantAmountThatIsNotPositive(String amount) {
        fixture.given(registered())
               .when(grant("g-1", amount, day(3, 1)))
               .expectException(violates(AMOUNT_NOT_POSITIVE))
               .expectNoEvents();
    }

    @Test
    void cannotRecordGrantTwice() {
        fixture.given(registered(), granted("g-1", "50000.00", day(3, 1)))
               .when(grant("g-1", "20000.00", day(6, 1)))
               .expectException(violates(GRANT_ALREADY_RECORDED))
               .expectNoEvents();
    }

    @Test
    void canSpendFunding() {
        fixture.given(registered(), granted("g-1", "50000.00", day(3, 1)))
               .when(spend("g-1", "s-1", "12800.50", day(3, 20)))
               .expectEvents(spent("g-1", "s-1", "12800.50", day(3, 20)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00", "-1.00"})
    void cannotSpendAmountThatIsNotPositive(String amount) {
        fixture.given(registered(), granted("g-1", "50000.00", day(3, 1)))
               .when(spend("g-1", "s-1", amount, day(3, 20)))
               .expectException(violates(AMOUNT_NOT_POSITIVE))
               .expectNoEvents();
    }

    @Test
    void cannotSpendAgainstUnknownGrant() {
        fixture.given(registered(), granted("g-1", "50000.00", day(3, 1)))
               .when(spend("g-2", "s-1", "100.00", day(3, 20)))
               .expectException(violates(GRANT_NOT_FOUND))
               .expectNoEvents();
    }

    @Test
    void canSpendOnTheDayOfTheGrant() {
        fixture.given(registered(), granted("g-1", "50000.00", day(3, 1)))
               .when(spend("g-1", "s-1", "100.00", day(3, 1)))
               .expectEvents(spent("g-1", "s-1", "100.00", day(3, 1)));
    }

    @Test
    void cannotSpendBeforeTheGrant() {
        fixture.given(registered(), granted("g-1", "50000.00", day(3, 1)))
               .when(spend("g-1", "s-1", "100.00", day(2, 28)))
               .expectException(violates(SPENDING_BEFORE_GRANT))
               .expectNoEvents();
    }

    @Test
    void cannotSpendMoreThanGranted() {
        fixture.given(registered(), granted("g-1", "50000.00", day(3, 1)))
               .when(spend("g-1", "s-1", "50000.01", day(3, 20)))
               .expectException(violates(SPENDING_EXCEEDS_GRANT))
               .expectNoEvents();
    }

    @Test
    void cannotSpendMoreThanRemainsAfterEarlierSpending() {
        fixture.given(registered(), granted("g-1", "50000.00", day(3, 1)),
                       spent("g-1", "s-1", "30000.00", day(3, 20)), spent("g-1", "s-2", "15000.00", day(4, 2)))
               .when(spend("g-1", "s-3", "5000.01", day(5, 9)))
               .expectException(violates(SPENDING_EXCEEDS_GRANT))
               .expectNoEvents();
    }

    @Test
    void canSpendExactlyWhatRemains() {
        fixture.given(registered(), granted("g-1", "50000.00", day(3, 1)),
                       spent("g-1", "s-1", "30000.00", day(3, 20)), spent("g-1", "s-2", "15000.00", day(4, 2)))
               .when(spend("g-1", "s-3", "5000.00", day(5, 9)))
               .expectEvents(spent("g-1", "s-3", "5000.00", day(5, 9)));
    }

    @Test
    void spendingCountsOnlyAgainstItsOwnGrant() {
        fixture.given(registered(), granted("g-1", "50000.00", day(3, 1)), granted("g-2", "8000.00", day(3, 1)),
                       spent("g-1", "s-1", "50000.00", day(3, 20)))
               .when(spend("g-2", "s-2", "8000.00", day(4, 2)))
               .expectEvents(spent("g-2", "s-2", "8000.00", day(4, 2)));
    }
}
