package org.innovationledger.command.patent;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.patent.ApplicationNumber;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.APPLICATION_NUMBER_BEFORE_FILING_YEAR;
import static org.innovationledger.api.common.ErrorCode.APPLICATION_NUMBER_TYPE_MISMATCH;
import static org.innovationledger.api.common.ErrorCode.PRIORITY_DATE_OUT_OF_RANGE;
import static org.innovationledger.api.common.ErrorCode.STUDIO_REVOKED;
import static org.innovationledger.command.patent.PatentExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

class PatentFilingTest {

    private final FixtureConfiguration<Patent> fixture = fixture();

    @Test
    void canFileInventionWithItsTermAndSubstantiveExaminationDeadline() {
        fixture.givenNoPriorActivity()
               .when(fileInvention())
               .expectEvents(inventionFiled())
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.FILED));
    }

    @Test
    void utilityModelIsProtectedForTenYearsAndHasNoSubstantiveExamination() {
        fixture.givenNoPriorActivity()
               .when(file(STUDIO_ID, UTILITY_MODEL_NUMBER, PatentType.UTILITY_MODEL, date(2022, 3, 15), null))
               .expectEvents(utilityModelFiled());
    }

    @Test
    void designFiledOn1June2021IsProtectedForFifteenYears() {
        fixture.givenNoPriorActivity()
               .when(file(STUDIO_ID, DESIGN_NUMBER, PatentType.DESIGN, date(2021, 6, 1), null))
               .expectEvents(designFiled());
    }

    @Test
    void designFiledOn31May2021IsProtectedForTenYears() {
        fixture.givenNoPriorActivity()
               .when(file(STUDIO_ID, DESIGN_NUMBER, PatentType.DESIGN, date(2021, 5, 31), null))
               .expectEvents(filed(DESIGN_NUMBER, PatentType.DESIGN, date(2021, 5, 31), null, date(2031, 5, 30),
                       null));
    }

    @Test
    void substantiveExaminationDeadlineRunsFromThePriorityDate() {
        fixture.givenNoPriorActivity()
               .when(file(STUDIO_ID, INVENTION_NUMBER, PatentType.INVENTION, FILED_ON, date(2016, 9, 12)))
               .expectEvents(filed(INVENTION_NUMBER, PatentType.INVENTION, FILED_ON, date(2016, 9, 12),
                       date(2037, 7, 19), date(2019, 9, 12)));
    }

    @Test
    void inventionFiledOn29FebruaryMustBeExaminedBy28February() {
        ApplicationNumber number = new ApplicationNumber("201610123456.6");
        fixture.givenNoPriorActivity()
               .when(file(STUDIO_ID, number, PatentType.INVENTION, date(2016, 2, 29), null))
               .expectEvents(filed(number, PatentType.INVENTION, date(2016, 2, 29), null, date(2036, 2, 28),
                       date(2019, 2, 28)));
    }

    @Test
    void cannotFileWithApplicationNumberOfAnotherType() {
        fixture.givenNoPriorActivity()
               .when(file(STUDIO_ID, UTILITY_MODEL_NUMBER, PatentType.INVENTION, date(2022, 3, 15), null))
               .expectException(violates(APPLICATION_NUMBER_TYPE_MISMATCH))
               .expectNoEvents();
    }

    @Test
    void pctInventionNumberEntersChinaAfterTheInternationalFilingDate() {
        ApplicationNumber pct = new ApplicationNumber("202380456789.9");
        fixture.givenNoPriorActivity()
               .when(file(STUDIO_ID, pct, PatentType.INVENTION, date(2021, 5, 10), null))
               .expectEvents(filed(pct, PatentType.INVENTION, date(2021, 5, 10), null, date(2041, 5, 9),
                       date(2024, 5, 10)));
    }

    @Test
    void cannotFileWithNumberGivenBeforeTheFilingYear() {
        fixture.givenNoPriorActivity()
               .when(file(STUDIO_ID, INVENTION_NUMBER, PatentType.INVENTION, date(2018, 1, 2), null))
               .expectException(violates(APPLICATION_NUMBER_BEFORE_FILING_YEAR))
               .expectNoEvents();
    }

    @Test
    void canClaimPriorityTwelveMonthsBack() {
        fixture.givenNoPriorActivity()
               .when(file(STUDIO_ID, INVENTION_NUMBER, PatentType.INVENTION, FILED_ON, date(2016, 7, 20)))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotClaimPriorityMoreThanTwelveMonthsBack() {
        fixture.givenNoPriorActivity()
               .when(file(STUDIO_ID, INVENTION_NUMBER, PatentType.INVENTION, FILED_ON, date(2016, 7, 19)))
               .expectException(violates(PRIORITY_DATE_OUT_OF_RANGE))
               .expectNoEvents();
    }

    @Test
    void cannotClaimPriorityFromTheFilingDateOrLater() {
        fixture.givenNoPriorActivity()
               .when(file(STUDIO_ID, INVENTION_NUMBER, PatentType.INVENTION, FILED_ON, FILED_ON))
               .expectException(violates(PRIORITY_DATE_OUT_OF_RANGE))
               .expectNoEvents();
    }

    @Test
    void designClaimsPriorityAtMostSixMonthsBack() {
        fixture.givenNoPriorActivity()
               .when(file(STUDIO_ID, DESIGN_NUMBER, PatentType.DESIGN, date(2021, 6, 1), date(2020, 11, 30)))
               .expectException(violates(PRIORITY_DATE_OUT_OF_RANGE))
               .expectNoEvents();
    }

    @Test
    void suspendedStudioCanFilePatent() {
        fixture.givenNoPriorActivity()
               .when(file(SUSPENDED_STUDIO, INVENTION_NUMBER, PatentType.INVENTION, FILED_ON, null))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void revokedStudioCannotFilePatent() {
        fixture.givenNoPriorActivity()
               .when(file(REVOKED_STUDIO, INVENTION_NUMBER, PatentType.INVENTION, FILED_ON, null))
               .expectException(violates(STUDIO_REVOKED))
               .expectNoEvents();
    }

    @Test
    void unknownStudioCannotFilePatent() {
        fixture.givenNoPriorActivity()
               .when(file("studio-unknown", INVENTION_NUMBER, PatentType.INVENTION, FILED_ON, null))
               .expectException(AggregateNotFoundException.class)
               .expectNoEvents();
    }
}
