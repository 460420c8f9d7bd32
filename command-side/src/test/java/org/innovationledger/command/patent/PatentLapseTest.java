package org.innovationledger.command.patent;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.patent.InvalidationExtent;
import org.innovationledger.api.patent.LicenceKind;
import org.innovationledger.api.patent.PatentRestored;
import org.innovationledger.api.patent.PatentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.ANNUAL_FEE_AMOUNT_INCORRECT;
import static org.innovationledger.api.common.ErrorCode.DATE_BEFORE_PREVIOUS_STEP;
import static org.innovationledger.api.common.ErrorCode.GRACE_PERIOD_NOT_ENDED;
import static org.innovationledger.api.common.ErrorCode.PATENT_LAPSED;
import static org.innovationledger.api.common.ErrorCode.PATENT_NOT_LAPSED;
import static org.innovationledger.api.common.ErrorCode.RESTORATION_PERIOD_ENDED;
import static org.innovationledger.command.patent.PatentExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

/** The fee for year 5 (due 2021-07-20, grace to 2022-01-20) is left unpaid; the years before it are paid. */
class PatentLapseTest {

    private final FixtureConfiguration<Patent> fixture = fixture();

    private static List<Object> lapsed() {
        return with(inventionGrantedAndRegistered(), lapsedForYearFive());
    }

    @Test
    void canRecordLapseOnceTheGracePeriodOfAnUnpaidFeeEnded() {
        fixture.given(inventionGrantedAndRegistered())
               .when(recordLapse(date(2022, 2, 15)))
               .expectEvents(lapsedForYearFive())
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.LAPSED));
    }

    @Test
    void cannotRecordLapseWithinTheGracePeriod() {
        fixture.given(inventionGrantedAndRegistered())
               .when(recordLapse(date(2022, 1, 20)))
               .expectException(violates(GRACE_PERIOD_NOT_ENDED))
               .expectNoEvents();
    }

    @Test
    void cannotRecordLapseWhenTheFeesArePaid() {
        fixture.given(with(inventionGrantedAndRegistered(),
                        feePaid(5, date(2021, 7, 20), date(2021, 7, 20), "1200", 0, "0", "1200")))
               .when(recordLapse(date(2022, 2, 15)))
               .expectException(violates(GRACE_PERIOD_NOT_ENDED))
               .expectNoEvents();
    }

    static Stream<Object> stepsOfAPatentInForce() {
        return Stream.of(pay(6, "1200", date(2022, 3, 1)), recordLapse(date(2022, 3, 1)),
                transfer(List.of("明远重工集团有限公司"), date(2022, 3, 1)),
                license("l-1", LicenceKind.ORDINARY, date(2022, 3, 1), date(2023, 2, 28), "1000"),
                invalidate(InvalidationExtent.PARTLY, List.of(1), date(2022, 3, 1)), recordExpiry(date(2038, 1, 4)));
    }

    @ParameterizedTest
    @MethodSource("stepsOfAPatentInForce")
    void lapsedPatentMustBeRestoredFirst(Object command) {
        fixture.given(lapsed())
               .when(command)
               .expectException(violates(PATENT_LAPSED))
               .expectNoEvents();
    }

    @Test
    void canRestoreWithinTwoMonthsPayingTheFeeWithTheFullSurcharge() {
        fixture.given(lapsed())
               .when(restore(date(2022, 4, 15), "1500"))
               .expectEvents(new PatentRestored(PATENT_ID, 5, date(2022, 4, 15), "财务人员变动，漏缴年费"),
                       feePaid(5, date(2021, 7, 20), date(2022, 4, 15), "1200", 25, "300", "1500"))
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.GRANTED));
    }

    @Test
    void cannotRestoreMoreThanTwoMonthsAfterTheLapse() {
        fixture.given(lapsed())
               .when(restore(date(2022, 4, 16), "1500"))
               .expectException(violates(RESTORATION_PERIOD_ENDED))
               .expectNoEvents();
    }

    @Test
    void cannotRestoreWithoutTheFullSurcharge() {
        fixture.given(lapsed())
               .when(restore(date(2022, 3, 1), "1200"))
               .expectException(violates(ANNUAL_FEE_AMOUNT_INCORRECT))
               .expectNoEvents();
    }

    @Test
    void cannotRestoreBeforeTheLapse() {
        fixture.given(lapsed())
               .when(restore(date(2022, 2, 14), "1500"))
               .expectException(violates(DATE_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void cannotRestorePatentInForce() {
        fixture.given(inventionGrantedAndRegistered())
               .when(restore(date(2022, 3, 1), "1500"))
               .expectException(violates(PATENT_NOT_LAPSED))
               .expectNoEvents();
    }

    @Test
    void restoredPatentPaysItsNextFeeAsUsual() {
        fixture.given(with(lapsed(), new PatentRestored(PATENT_ID, 5, date(2022, 4, 15), "漏缴"),
                        feePaid(5, date(2021, 7, 20), date(2022, 4, 15), "1200", 25, "300", "1500")))
               .when(pay(6, "1200", date(2022, 7, 20)))
               .expectEvents(feePaid(6, date(2022, 7, 20), date(2022, 7, 20), "1200", 0, "0", "1200"));
    }
}
