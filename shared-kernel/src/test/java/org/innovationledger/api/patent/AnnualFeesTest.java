package org.innovationledger.api.patent;

import org.innovationledger.api.common.Yuan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.innovationledger.api.patent.PatentType.DESIGN;
import static org.innovationledger.api.patent.PatentType.INVENTION;
import static org.innovationledger.api.patent.PatentType.UTILITY_MODEL;

class AnnualFeesTest {

    /** The table of the domain brief at every boundary; 0 where it has no fee. */
    @ParameterizedTest(name = "year {0}: invention {1}, utility model {2}, design {3}")
    @CsvSource({
            " 1,  900,  600,  600",
            " 3,  900,  600,  600",
            " 4, 1200,  900,  900",
            " 5, 1200,  900,  900",
            " 6, 1200, 1200, 1200",
            " 7, 2000, 1200, 1200",
            " 8, 2000, 1200, 1200",
            " 9, 2000, 2000, 2000",
            "10, 4000, 2000, 2000",
            "11, 4000,    0, 3000",
            "12, 4000,    0, 3000",
            "13, 6000,    0, 3000",
            "15, 6000,    0, 3000",
            "16, 8000,    0,    0",
            "20, 8000,    0,    0",
            "21,    0,    0,    0",
            " 0,    0,    0,    0"})
    void feeTable(int year, long invention, long utilityModel, long design) {
        assertThat(AnnualFees.tableFee(INVENTION, year)).isEqualTo(feeOf(invention));
        assertThat(AnnualFees.tableFee(UTILITY_MODEL, year)).isEqualTo(feeOf(utilityModel));
        assertThat(AnnualFees.tableFee(DESIGN, year)).isEqualTo(feeOf(design));
    }

    private static Optional<Yuan> feeOf(long yuan) {
        return yuan == 0 ? Optional.empty() : Optional.of(Yuan.of(yuan));
    }

    @Test
    void designsFiledBefore1June2021OweNothingAfterYearTen() {
        assertThat(AnnualFees.fee(DESIGN, LocalDate.of(2021, 5, 31), 10)).contains(Yuan.of(2000));
        assertThat(AnnualFees.fee(DESIGN, LocalDate.of(2021, 5, 31), 11)).isEmpty();
        assertThat(AnnualFees.fee(DESIGN, LocalDate.of(2021, 6, 1), 11)).contains(Yuan.of(3000));
        assertThat(AnnualFees.fee(DESIGN, LocalDate.of(2021, 6, 1), 16)).isEmpty();
    }

    @Test
    void feesAreExactToTheFen() {
        assertThat(AnnualFees.tableFee(INVENTION, 1)).hasValueSatisfying(
                fee -> assertThat(fee.toString()).isEqualTo("900.00"));
    }

    @Test
    void inventionGrantedInItsFourthYearOwesFromYearFourTheFirstDueOnTheGrant() {
        LocalDate filedOn = LocalDate.of(2019, 5, 1);
        LocalDate grantedOn = LocalDate.of(2022, 8, 15);

        assertThat(AnnualFees.firstYearOwed(filedOn, grantedOn)).isEqualTo(4);
        assertThat(AnnualFees.owed(INVENTION, filedOn, grantedOn, 3)).isEmpty();
        assertThat(AnnualFees.owed(INVENTION, filedOn, grantedOn, 4))
                .contains(new AnnualFee(4, Yuan.of(1200), grantedOn));
        assertThat(AnnualFees.owed(INVENTION, filedOn, grantedOn, 5))
                .contains(new AnnualFee(5, Yuan.of(1200), LocalDate.of(2023, 5, 1)));
        assertThat(AnnualFees.owed(INVENTION, filedOn, grantedOn, 20))
                .contains(new AnnualFee(20, Yuan.of(8000), LocalDate.of(2038, 5, 1)));
        assertThat(AnnualFees.owed(INVENTION, filedOn, grantedOn, 21)).isEmpty();
    }

    @Test
    void utilityModelGrantedInItsFirstYearOwesYearOneOnTheGrant() {
        LocalDate filedOn = LocalDate.of(2020, 3, 10);
        LocalDate grantedOn = LocalDate.of(2020, 11, 20);

        assertThat(AnnualFees.owed(UTILITY_MODEL, filedOn, grantedOn, 1))
                .contains(new AnnualFee(1, Yuan.of(600), grantedOn));
        assertThat(AnnualFees.owed(UTILITY_MODEL, filedOn, grantedOn, 2))
                .contains(new AnnualFee(2, Yuan.of(600), LocalDate.of(2021, 3, 10)));
        assertThat(AnnualFees.owed(UTILITY_MODEL, filedOn, grantedOn, 11)).isEmpty();
    }

    @Test
    void feesOfAPatentFiledOn29FebruaryFallDueOn28FebruaryOutsideLeapYears() {
        LocalDate filedOn = LocalDate.of(2020, 2, 29);
        LocalDate grantedOn = LocalDate.of(2020, 10, 1);

        assertThat(AnnualFees.owed(UTILITY_MODEL, filedOn, grantedOn, 2).map(AnnualFee::dueOn))
                .contains(LocalDate.of(2021, 2, 28));
        assertThat(AnnualFees.owed(UTILITY_MODEL, filedOn, grantedOn, 5).map(AnnualFee::dueOn))
                .contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void grantOnAnAnniversaryOwesTheYearThatStarts() {
        LocalDate filedOn = LocalDate.of(2020, 2, 29);
        LocalDate grantedOn = LocalDate.of(2023, 2, 28);

        assertThat(AnnualFees.firstYearOwed(filedOn, grantedOn)).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "2, 5", "3, 10", "4, 15", "5, 20", "6, 25"})
    void surchargeGrowsFivePercentEachMonthAfterTheFirst(int graceMonth, int percent) {
        assertThat(AnnualFees.surchargePercent(graceMonth)).isEqualTo(percent);
    }

    @Test
    void thereAreSixMonthsOfGrace() {
        assertThatIllegalArgumentException().isThrownBy(() -> AnnualFees.surchargePercent(0));
        assertThatIllegalArgumentException().isThrownBy(() -> AnnualFees.surchargePercent(7));
    }
}
