package org.innovationledger.api.patent;

import org.innovationledger.api.common.Yuan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AnnualFeeTest {

    /** Year 2 of an invention filed on 31 January 2023, due on 31 January 2024 (a leap year). */
    private final AnnualFee fee = new AnnualFee(2, Yuan.of(900), LocalDate.of(2024, 1, 31));

    @ParameterizedTest(name = "paid on {0}: month {1}, {2} % → {3}")
    @CsvSource({
            "2023-11-15, 0,  0,  900.00",
            "2024-01-31, 0,  0,  900.00",
            "2024-02-01, 1,  0,  900.00",
            "2024-02-29, 1,  0,  900.00",
            "2024-03-01, 2,  5,  945.00",
            "2024-03-31, 2,  5,  945.00",
            "2024-04-01, 3, 10,  990.00",
            "2024-04-30, 3, 10,  990.00",
            "2024-05-01, 4, 15, 1035.00",
            "2024-06-01, 5, 20, 1080.00",
            "2024-06-30, 5, 20, 1080.00",
            "2024-07-01, 6, 25, 1125.00",
            "2024-07-31, 6, 25, 1125.00"})
    void amountDueInEachMonthOfGrace(LocalDate paidOn, int graceMonth, int percent, String total) {
        assertThat(fee.graceMonthOn(paidOn)).contains(graceMonth);
        assertThat(fee.amountDueOn(paidOn)).hasValueSatisfying(due -> {
            assertThat(due.fee()).isEqualTo(Yuan.of(900));
            assertThat(due.surchargePercent()).isEqualTo(percent);
            assertThat(due.surcharge()).isEqualTo(Yuan.of(total).minus(Yuan.of(900)));
            assertThat(due.total()).isEqualTo(Yuan.of(total));
        });
    }

    @Test
    void nothingIsDueOnceTheGracePeriodEnded() {
        assertThat(fee.graceEndsOn()).isEqualTo(LocalDate.of(2024, 7, 31));
        assertThat(fee.graceMonthOn(LocalDate.of(2024, 8, 1))).isEmpty();
        assertThat(fee.amountDueOn(LocalDate.of(2024, 8, 1))).isEmpty();
    }

    @Test
    void monthsOfGraceFrom31JanuaryEndOnEachMonthsLastDay() {
        assertThat(fee.graceMonths()).extracting(GraceMonth::startsOn, GraceMonth::endsOn).containsExactly(
                tuple(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)),
                tuple(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)),
                tuple(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30)),
                tuple(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)),
                tuple(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)),
                tuple(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31)));
    }

    @Test
    void graceMonthsListWhatAPaymentInEachCosts() {
        assertThat(fee.graceMonths()).extracting(month -> month.amountDue().total().toString())
                                     .containsExactly("900.00", "945.00", "990.00", "1035.00", "1080.00", "1125.00");
        assertThat(fee.graceMonths()).extracting(GraceMonth::month).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void inANonLeapYearTheFirstMonthOfGraceFrom31JanuaryEndsOn28February() {
        AnnualFee dueIn2023 = new AnnualFee(1, Yuan.of(600), LocalDate.of(2023, 1, 31));
        assertThat(dueIn2023.graceMonthOn(LocalDate.of(2023, 2, 28))).contains(1);
        assertThat(dueIn2023.graceMonthOn(LocalDate.of(2023, 3, 1))).contains(2);
        assertThat(dueIn2023.graceEndsOn()).isEqualTo(LocalDate.of(2023, 7, 31));
    }

    @Test
    void examinationGuidelinesExample() {
        // 年费期满日 1997-01-01, paid 1997-05-10: the fifth month of grace, 20 % surcharge
        AnnualFee due = new AnnualFee(3, Yuan.of(900), LocalDate.of(1997, 1, 1));
        assertThat(due.graceMonthOn(LocalDate.of(1997, 5, 10))).contains(5);
        assertThat(due.amountDueOn(LocalDate.of(1997, 5, 10)).map(AmountDue::surchargePercent)).contains(20);
    }

    @Test
    void highestFeeWithFullSurcharge() {
        AnnualFee lastYear = new AnnualFee(20, Yuan.of(8000), LocalDate.of(2040, 3, 1));
        assertThat(lastYear.amountDueOn(LocalDate.of(2040, 8, 20)).map(AmountDue::total)).contains(Yuan.of(10000));
    }

    @Test
    void restorationPaysTheFeeWithTheFullSurcharge() {
        AmountDue due = new AnnualFee(6, Yuan.of(1200), LocalDate.of(2024, 1, 31)).amountDueOnRestoration();
        assertThat(due.surchargePercent()).isEqualTo(25);
        assertThat(due.surcharge()).isEqualTo(Yuan.of(300));
        assertThat(due.total()).isEqualTo(Yuan.of(1500));
    }
}
