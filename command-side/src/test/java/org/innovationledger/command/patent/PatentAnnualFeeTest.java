package org.innovationledger.command.patent;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.patent.ApplicationNumber;
import org.innovationledger.api.patent.InvalidationExtent;
import org.innovationledger.api.patent.PatentInvalidated;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.ANNUAL_FEE_ALREADY_PAID;
import static org.innovationledger.api.common.ErrorCode.ANNUAL_FEE_AMOUNT_INCORRECT;
import static org.innovationledger.api.common.ErrorCode.ANNUAL_FEE_GRACE_PERIOD_ENDED;
import static org.innovationledger.api.common.ErrorCode.ANNUAL_FEE_YEAR_NOT_OWED;
import static org.innovationledger.api.common.ErrorCode.PATENT_NOT_GRANTED;
import static org.innovationledger.command.patent.PatentExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

/**
 * Year 4 is due on the grant (2020-09-25) and paid with the registration; year 5 is due on 2021-07-20 with grace to
 * 2022-01-20; 1,200 yuan each.
 */
class PatentAnnualFeeTest {

    private final FixtureConfiguration<Patent> fixture = fixture();

    @Test
    void canPayFeeOfTheYearOfGrantWithTheRegistrationBeforeTheAnnouncement() {
        fixture.given(inventionGranted())
               .when(pay(4, "1200", date(2020, 8, 3)))
               .expectEvents(feePaid(4, GRANTED_ON, date(2020, 8, 3), "1200", 0, "0", "1200"));
    }

    @Test
    void canPayFeeOnItsDueDate() {
        fixture.given(inventionGrantedAndRegistered())
               .when(pay(5, "1200.00", date(2021, 7, 20)))
               .expectEvents(feePaid(5, date(2021, 7, 20), date(2021, 7, 20), "1200", 0, "0", "1200"));
    }

    @Test
    void canPayFeesAhead() {
        fixture.given(inventionGrantedAndRegistered())
               .when(pay(7, "2000", date(2021, 7, 1)))
               .expectEvents(feePaid(7, date(2023, 7, 20), date(2021, 7, 1), "2000", 0, "0", "2000"));
    }

    @Test
    void paymentInTheFirstMonthOfGraceCarriesNoSurcharge() {
        fixture.given(inventionGrantedAndRegistered())
               .when(pay(5, "1200", date(2021, 8, 20)))
               .expectEvents(feePaid(5, date(2021, 7, 20), date(2021, 8, 20), "1200", 0, "0", "1200"));
    }

    @Test
    void paymentInTheSecondMonthOfGraceAddsFivePercent() {
        fixture.given(inventionGrantedAndRegistered())
               .when(pay(5, "1260", date(2021, 8, 21)))
               .expectEvents(feePaid(5, date(2021, 7, 20), date(2021, 8, 21), "1200", 5, "60", "1260"));
    }

    @Test
    void paymentOnTheLastDayOfGraceAddsTwentyFivePercent() {
        fixture.given(inventionGrantedAndRegistered())
               .when(pay(5, "1500", date(2022, 1, 20)))
               .expectEvents(feePaid(5, date(2021, 7, 20), date(2022, 1, 20), "1200", 25, "300", "1500"));
    }

    @Test
    void cannotPayAnAmountOtherThanFeePlusSurcharge() {
        fixture.given(inventionGrantedAndRegistered())
               .when(pay(5, "1200", date(2021, 8, 21)))
               .expectException(violates(ANNUAL_FEE_AMOUNT_INCORRECT))
               .expectNoEvents();
    }

    @Test
    void feeOfTheYearOfGrantLeftUnpaidBlocksLaterPaymentsOnceItsGraceEnded() {
        fixture.given(inventionGranted())
               .when(pay(5, "1200", date(2021, 3, 26)))
               .expectException(violates(ANNUAL_FEE_GRACE_PERIOD_ENDED))
               .expectNoEvents();
    }

    @Test
    void cannotPayFeeTwice() {
        fixture.given(with(inventionGrantedAndRegistered(),
                        feePaid(5, date(2021, 7, 20), date(2021, 7, 1), "1200", 0, "0", "1200")))
               .when(pay(5, "1200", date(2021, 7, 2)))
               .expectException(violates(ANNUAL_FEE_ALREADY_PAID))
               .expectNoEvents();
    }

    @Test
    void cannotPayFeeAfterItsGracePeriod() {
        fixture.given(inventionGrantedAndRegistered())
               .when(pay(5, "1500", date(2022, 1, 21)))
               .expectException(violates(ANNUAL_FEE_GRACE_PERIOD_ENDED))
               .expectNoEvents();
    }

    @Test
    void cannotPayLaterYearOnceAnEarlierFeeIsPastItsGracePeriod() {
        fixture.given(inventionGrantedAndRegistered())
               .when(pay(6, "1200", date(2022, 2, 1)))
               .expectException(violates(ANNUAL_FEE_GRACE_PERIOD_ENDED))
               .expectNoEvents();
    }

    @Test
    void cannotPayFeeForYearBeforeTheGrant() {
        fixture.given(inventionGrantedAndRegistered())
               .when(pay(3, "900", date(2020, 9, 25)))
               .expectException(violates(ANNUAL_FEE_YEAR_NOT_OWED))
               .expectNoEvents();
    }

    @Test
    void cannotPayFeeForYearBeyondTheTerm() {
        fixture.given(inventionGrantedAndRegistered())
               .when(pay(21, "8000", date(2021, 1, 4)))
               .expectException(violates(ANNUAL_FEE_YEAR_NOT_OWED))
               .expectNoEvents();
    }

    @Test
    void designFiledBefore1June2021OwesNoFeeForYearEleven() {
        fixture.given(filed(DESIGN_NUMBER, PatentType.DESIGN, date(2021, 5, 31), null, date(2031, 5, 30), null),
                      formalExaminationPassed(date(2021, 7, 1)), granted(date(2021, 9, 3), 1))
               .when(pay(11, "3000", date(2022, 1, 4)))
               .expectException(violates(ANNUAL_FEE_YEAR_NOT_OWED))
               .expectNoEvents();
    }

    @Test
    void cannotPayFeeBeforeTheGrant() {
        fixture.given(inventionUnderSubstantiveExamination())
               .when(pay(2, "900", date(2018, 7, 20)))
               .expectException(violates(PATENT_NOT_GRANTED))
               .expectNoEvents();
    }

    @Test
    void feeOfUtilityModelFiledOn29FebruaryIsDueOn28FebruaryAndItsGraceCountsFromThere() {
        ApplicationNumber number = new ApplicationNumber("202020234567.6");
        fixture.given(filed(number, PatentType.UTILITY_MODEL, date(2020, 2, 29), null, date(2030, 2, 27), null),
                      formalExaminationPassed(date(2020, 6, 1)), granted(date(2020, 10, 15), 1))
               .when(pay(2, "630", date(2021, 3, 29)))
               .expectEvents(feePaid(2, date(2021, 2, 28), date(2021, 3, 29), "600", 5, "30", "630"));
    }

    @Test
    void partlyInvalidatedPatentStillPaysItsFees() {
        fixture.given(with(inventionGrantedAndRegistered(), new PatentInvalidated(PATENT_ID,
                        InvalidationExtent.PARTLY, List.of(2),
                        date(2021, 5, 6), "权利要求2不具备新颖性")))
               .when(pay(5, "1200", date(2021, 7, 20)))
               .expectSuccessfulHandlerExecution()
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.GRANTED));
    }
}
