package org.innovationledger.api.patent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.innovationledger.api.patent.PatentCalendar.*;

class PatentCalendarTest {

    private static final LocalDate LEAP_DAY = LocalDate.of(2020, 2, 29);

    @ParameterizedTest
    @CsvSource({"1, 2021-02-28", "2, 2022-02-28", "3, 2023-02-28", "4, 2024-02-29", "8, 2028-02-29"})
    void anniversaryOf29FebruaryIs28FebruaryOutsideLeapYears(int years, LocalDate expected) {
        assertThat(anniversary(LEAP_DAY, years)).isEqualTo(expected);
    }

    @Test
    void patentYearsFollowTheExaminationGuidelinesExample() {
        LocalDate filedOn = LocalDate.of(1999, 6, 3);
        assertThat(patentYearStartsOn(filedOn, 1)).isEqualTo(filedOn);
        assertThat(patentYearEndsOn(filedOn, 1)).isEqualTo(LocalDate.of(2000, 6, 2));
        assertThat(patentYearStartsOn(filedOn, 2)).isEqualTo(LocalDate.of(2000, 6, 3));
        assertThat(patentYearEndsOn(filedOn, 2)).isEqualTo(LocalDate.of(2001, 6, 2));
    }

    @ParameterizedTest
    @CsvSource({"2020-02-29, 1", "2021-02-27, 1", "2021-02-28, 2", "2022-03-01, 3", "2024-02-28, 4",
            "2024-02-29, 5", "2025-02-27, 5", "2025-02-28, 6"})
    void patentYearOfPatentFiledOn29February(LocalDate date, int year) {
        assertThat(patentYearOn(LEAP_DAY, date)).isEqualTo(year);
    }

    @ParameterizedTest
    @CsvSource({"2019-06-03, 1", "2020-06-02, 1", "2020-06-03, 2", "2038-06-03, 20"})
    void patentYearOfPatentFiledOn3June(LocalDate date, int year) {
        assertThat(PatentCalendar.patentYearOn(LocalDate.of(2019, 6, 3), date)).isEqualTo(year);
    }

    @Test
    void noPatentYearBeforeFiling() {
        assertThatIllegalArgumentException().isThrownBy(() -> patentYearOn(LEAP_DAY, LEAP_DAY.minusDays(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> patentYearStartsOn(LEAP_DAY, 0));
    }

    @Test
    void termsAreTwentyTenAndFifteenYears() {
        LocalDate filedOn = LocalDate.of(2022, 4, 1);
        assertThat(termYears(PatentType.INVENTION, filedOn)).isEqualTo(20);
        assertThat(termYears(PatentType.UTILITY_MODEL, filedOn)).isEqualTo(10);
        assertThat(termYears(PatentType.DESIGN, filedOn)).isEqualTo(15);
    }

    @Test
    void designsFiledBefore1June2021HaveTenYears() {
        assertThat(termYears(PatentType.DESIGN, LocalDate.of(2021, 5, 31))).isEqualTo(10);
        assertThat(termYears(PatentType.DESIGN, LocalDate.of(2021, 6, 1))).isEqualTo(15);
        assertThat(termEndsOn(PatentType.DESIGN, LocalDate.of(2021, 5, 31))).isEqualTo(LocalDate.of(2031, 5, 30));
        assertThat(termEndsOn(PatentType.DESIGN, LocalDate.of(2021, 6, 1))).isEqualTo(LocalDate.of(2036, 5, 31));
    }

    @Test
    void termEndsOnTheLastDayOfTheLastPatentYear() {
        assertThat(termEndsOn(PatentType.INVENTION, LocalDate.of(2017, 7, 20))).isEqualTo(LocalDate.of(2037, 7, 19));
        assertThat(termEndsOn(PatentType.INVENTION, LEAP_DAY)).isEqualTo(LocalDate.of(2040, 2, 28));
        assertThat(termEndsOn(PatentType.UTILITY_MODEL, LEAP_DAY)).isEqualTo(LocalDate.of(2030, 2, 27));
    }

    @Test
    void substantiveExaminationIsDueThreeYearsFromFilingOrPriority() {
        assertThat(substantiveExaminationDueOn(LEAP_DAY, null)).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(substantiveExaminationDueOn(LEAP_DAY, LocalDate.of(2019, 3, 15)))
                .isEqualTo(LocalDate.of(2022, 3, 15));
    }

    @Test
    void priorityReachesTwelveMonthsBackOrSixForDesigns() {
        assertThat(priorityPeriodEndsOn(PatentType.INVENTION, LocalDate.of(2023, 2, 28)))
                .isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(priorityPeriodEndsOn(PatentType.UTILITY_MODEL, LocalDate.of(2023, 2, 28)))
                .isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(priorityPeriodEndsOn(PatentType.DESIGN, LocalDate.of(2023, 8, 31)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @CsvSource({"2023-11-30, 2024-02-29", "2024-11-30, 2025-02-28", "2024-01-31, 2024-04-30",
            "2024-03-15, 2024-06-15"})
    void reexaminationIsDueThreeMonthsAfterTheRejection(LocalDate rejectedOn, LocalDate dueOn) {
        assertThat(reexaminationDueOn(rejectedOn)).isEqualTo(dueOn);
    }

    @ParameterizedTest
    @CsvSource({"2024-12-31, 2025-02-28", "2023-12-31, 2024-02-29", "2024-05-10, 2024-07-10"})
    void restorationIsDueTwoMonthsAfterTheLapse(LocalDate lapsedOn, LocalDate dueOn) {
        assertThat(restorationDueOn(lapsedOn)).isEqualTo(dueOn);
    }
}
