package org.innovationledger.query.patent;

import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.AmountDue;
import org.innovationledger.api.patent.GraceMonth;
import org.innovationledger.query.patent.Deadline.Kind;
import org.innovationledger.query.patent.Deadline.Standing;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.web.InvalidQueryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.innovationledger.query.patent.PatentPortfolio.*;

/** The deadline calendar of patents in every state that has one, and of some that have none, on fixed days. */
class PatentDeadlinesTest {

    /** 00:30 on 2025-06-01 in Shanghai, still 2025-05-31 in UTC. */
    private static final Instant JUST_AFTER_MIDNIGHT_IN_SHANGHAI = Instant.parse("2025-05-31T16:30:00Z");

    private static InProcessMongo mongo;
    private static PatentQueries queries;

    @BeforeAll
    static void projectPortfolio() {
        mongo = new InProcessMongo();
        PatentProjectionFixture fixture = new PatentProjectionFixture(mongo.database());
        fixture.projections.deliver(PatentPortfolio.timeline().events());
        queries = fixture.queries(JUST_AFTER_MIDNIGHT_IN_SHANGHAI);
    }

    @AfterAll
    static void stopStore() {
        mongo.close();
    }

    private static PatentDeadlines inRegion36(LocalDate on) {
        return queries.deadlines(null, null, "36", on.toString());
    }

    private static List<String> ids(PatentDeadlines calendar, DeadlineGroup group) {
        return calendar.groups().stream().filter(candidate -> candidate.group() == group).findFirst().orElseThrow()
                       .deadlines().stream().map(Deadline::id).toList();
    }

    private static Optional<Deadline> find(PatentDeadlines calendar, String id) {
        return calendar.groups().stream().flatMap(group -> group.deadlines().stream())
                       .filter(deadline -> deadline.id().equals(id)).findFirst();
    }

    private static Deadline get(PatentDeadlines calendar, String id) {
        return find(calendar, id).orElseThrow(() -> new AssertionError("no deadline " + id + " in " + calendar));
    }

    @Test
    void overdueComeFirstThenTheNext30And90And365DaysEachNearestFirst() {
        PatentDeadlines calendar = inRegion36(ON);

        assertThat(calendar.on()).isEqualTo(ON);
        assertThat(calendar.groups()).extracting(PatentDeadlines.Group::group).containsExactly(
                DeadlineGroup.OVERDUE, DeadlineGroup.NEXT_30_DAYS, DeadlineGroup.NEXT_90_DAYS,
                DeadlineGroup.NEXT_365_DAYS);
        assertThat(ids(calendar, DeadlineGroup.OVERDUE)).containsExactly(
                "p-in-grace/ANNUAL_FEE/11", "p-grace-lost/ANNUAL_FEE/3");
        assertThat(ids(calendar, DeadlineGroup.NEXT_30_DAYS)).containsExactly(
                "p-fee-soon/ANNUAL_FEE/5", "p-lapsed/RESTORATION_REQUEST/5",
                "p-correction/CORRECTION_RESPONSE/2025-04-20", "p-office-action/OFFICE_ACTION_RESPONSE/oa-2",
                "p-expiring/EXPIRY");
        assertThat(ids(calendar, DeadlineGroup.NEXT_90_DAYS)).containsExactly(
                "p-rejected/REEXAMINATION_REQUEST/2025-04-10", "p-published/SUBSTANTIVE_EXAMINATION_REQUEST");
        assertThat(ids(calendar, DeadlineGroup.NEXT_365_DAYS)).containsExactly("p-in-grace/ANNUAL_FEE/12");
        assertThat(calendar.total()).isEqualTo(10);
        assertThat(calendar.groups()).extracting(PatentDeadlines.Group::count).containsExactly(2, 5, 2, 1);
    }

    @Test
    void aFeeDueInTenDaysShowsTheFeeAndWhatEachMonthOfGraceWouldCost() {
        Deadline fee = get(inRegion36(ON), "p-fee-soon/ANNUAL_FEE/5");

        assertThat(fee.kind()).isEqualTo(Kind.ANNUAL_FEE);
        assertThat(fee.standing()).isEqualTo(Standing.DUE);
        assertThat(fee.dueOn()).isEqualTo(LocalDate.of(2025, 6, 11));
        assertThat(fee.daysLeft()).isEqualTo(10);
        assertThat(fee.lastDay()).isEqualTo(LocalDate.of(2025, 12, 11));
        assertThat(fee.studioName()).isEqualTo(ANFU_NAME);
        assertThat(fee.annualFee().patentYear()).isEqualTo(5);
        assertThat(fee.annualFee().fee()).isEqualTo(Yuan.of("900.00"));
        assertThat(fee.annualFee().graceMonthToday()).isZero();
        assertThat(fee.annualFee().amountDueToday().total()).isEqualTo(Yuan.of("900.00"));
        assertThat(fee.annualFee().graceMonths()).extracting(GraceMonth::month, GraceMonth::startsOn,
                                                             GraceMonth::endsOn, month -> surcharge(month.amountDue()))
                .containsExactly(
                        tuple(1, "2025-06-12", "2025-07-11", "0 % 0.00 → 900.00"),
                        tuple(2, "2025-07-12", "2025-08-11", "5 % 45.00 → 945.00"),
                        tuple(3, "2025-08-12", "2025-09-11", "10 % 90.00 → 990.00"),
                        tuple(4, "2025-09-12", "2025-10-11", "15 % 135.00 → 1035.00"),
                        tuple(5, "2025-10-12", "2025-11-11", "20 % 180.00 → 1080.00"),
                        tuple(6, "2025-11-12", "2025-12-11", "25 % 225.00 → 1125.00"));
        assertThat(fee.summaryChinese()).isEqualTo("缴纳第5年度年费900.00元：一种矿用提升机制动闸瓦（ZL"
                + FEE_SOON.applicationNumber() + "）");
    }

    @Test
    void anOverdueFeeWithinGraceIsStillPayableWithTheSurchargeOfTheMonth() {
        PatentDeadlines calendar = inRegion36(ON);
        Deadline overdue = get(calendar, "p-in-grace/ANNUAL_FEE/11");
        Deadline next = get(calendar, "p-in-grace/ANNUAL_FEE/12");

        assertThat(overdue.group()).isEqualTo(DeadlineGroup.OVERDUE);
        assertThat(overdue.standing()).isEqualTo(Standing.IN_GRACE);
        assertThat(overdue.dueOn()).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(overdue.daysLeft()).isEqualTo(-73);
        assertThat(overdue.lastDay()).isEqualTo(LocalDate.of(2025, 9, 20));
        assertThat(overdue.annualFee().graceMonthToday()).isEqualTo(3);
        assertThat(overdue.annualFee().amountDueToday()).isEqualTo(new AmountDue(
                Yuan.of("4000.00"), 10, Yuan.of("400.00"), Yuan.of("4400.00")));
        assertThat(overdue.annualFee().graceMonths().get(5).amountDue().total()).isEqualTo(Yuan.of("5000.00"));
        assertThat(overdue.summaryChinese()).contains("滞纳期第3个月", "4400.00", "2025-09-20");
        assertThat(overdue.summaryEnglish()).contains("month 3 of grace", "4400.00 yuan");

        assertThat(next.standing()).isEqualTo(Standing.DUE);
        assertThat(next.dueOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(next.annualFee().fee()).isEqualTo(Yuan.of("4000.00"));
    }

    @Test
    void aFeeUnpaidAfterItsGraceIsLostAndNothingAfterItIsDue() {
        PatentDeadlines calendar = inRegion36(ON);
        Deadline lost = get(calendar, "p-grace-lost/ANNUAL_FEE/3");

        assertThat(lost.standing()).isEqualTo(Standing.LOST);
        assertThat(lost.dueOn()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(lost.lastDay()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(lost.annualFee().graceMonthToday()).isNull();
        assertThat(lost.annualFee().amountDueToday()).isNull();
        assertThat(lost.summaryEnglish()).contains("grace ended on 2025-03-01", "lapses");
        assertThat(find(calendar, "p-grace-lost/ANNUAL_FEE/4")).as("year 4, due 2025-09-01").isEmpty();
        assertThat(find(calendar, "p-grace-lost/EXPIRY")).isEmpty();
    }

    @Test
    void aLapsedPatentShowsItsRestorationWindowWithTheFeeAndFullSurcharge() {
        Deadline restoration = get(inRegion36(ON), "p-lapsed/RESTORATION_REQUEST/5");

        assertThat(restoration.kind()).isEqualTo(Kind.RESTORATION_REQUEST);
        assertThat(restoration.group()).isEqualTo(DeadlineGroup.NEXT_30_DAYS);
        assertThat(restoration.dueOn()).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(restoration.annualFee().patentYear()).isEqualTo(5);
        assertThat(restoration.annualFee().dueOn()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(restoration.annualFee().amountDueToday()).isEqualTo(new AmountDue(
                Yuan.of("900.00"), 25, Yuan.of("225.00"), Yuan.of("1125.00")));
        assertThat(restoration.annualFee().graceMonths()).isEmpty();
        assertThat(find(inRegion36(ON), "p-lapsed/ANNUAL_FEE/5")).as("the fee itself is not due any more").isEmpty();

        assertThat(inRegion36(LocalDate.of(2025, 6, 15)).groups().get(1).deadlines())
                .extracting(Deadline::id).contains("p-lapsed/RESTORATION_REQUEST/5");
        assertThat(find(inRegion36(LocalDate.of(2025, 6, 16)), "p-lapsed/RESTORATION_REQUEST/5"))
                .as("the window closed").isEmpty();
    }

    @Test
    void aPublishedInventionMustRequestSubstantiveExaminationWithinThreeYearsOfFiling() {
        Deadline request = get(inRegion36(ON), "p-published/SUBSTANTIVE_EXAMINATION_REQUEST");

        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2025, 8, 15));
        assertThat(request.daysLeft()).isEqualTo(75);
        assertThat(request.standing()).isEqualTo(Standing.DUE);
        assertThat(request.summaryChinese()).startsWith("提出实质审查请求");

        Deadline missed = get(inRegion36(LocalDate.of(2025, 8, 16)), "p-published/SUBSTANTIVE_EXAMINATION_REQUEST");
        assertThat(missed.group()).isEqualTo(DeadlineGroup.OVERDUE);
        assertThat(missed.standing()).isEqualTo(Standing.LOST);
        assertThat(missed.summaryEnglish()).contains("deemed withdrawn");
    }

    @Test
    void aRejectedApplicationShowsTheReexaminationWindowWhileItIsOpen() {
        Deadline window = get(inRegion36(ON), "p-rejected/REEXAMINATION_REQUEST/2025-04-10");

        assertThat(window.dueOn()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(window.daysLeft()).isEqualTo(39);
        assertThat(window.group()).isEqualTo(DeadlineGroup.NEXT_90_DAYS);
        assertThat(find(inRegion36(LocalDate.of(2025, 7, 11)), "p-rejected/REEXAMINATION_REQUEST/2025-04-10"))
                .isEmpty();
    }

    @Test
    void onlyTheUnansweredOfficeActionIsDue() {
        PatentDeadlines calendar = inRegion36(ON);

        assertThat(get(calendar, "p-office-action/OFFICE_ACTION_RESPONSE/oa-2").officeActionId()).isEqualTo("oa-2");
        assertThat(get(calendar, "p-office-action/OFFICE_ACTION_RESPONSE/oa-2").dueOn())
                .isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(find(calendar, "p-office-action/OFFICE_ACTION_RESPONSE/oa-1")).isEmpty();
        assertThat(find(calendar, "p-office-action/SUBSTANTIVE_EXAMINATION_REQUEST")).as("already requested")
                .isEmpty();
    }

    @Test
    void aGrantedPatentNearItsExpiryShowsTheEndOfTermThenThatItEnded() {
        Deadline expiry = get(inRegion36(ON), "p-expiring/EXPIRY");

        assertThat(expiry.dueOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(expiry.group()).isEqualTo(DeadlineGroup.NEXT_30_DAYS);
        assertThat(expiry.standing()).isEqualTo(Standing.DUE);
        assertThat(find(inRegion36(ON), "p-expiring/ANNUAL_FEE/11")).as("no fee beyond the term").isEmpty();

        Deadline ended = get(inRegion36(LocalDate.of(2025, 7, 1)), "p-expiring/EXPIRY");
        assertThat(ended.group()).isEqualTo(DeadlineGroup.OVERDUE);
        assertThat(ended.standing()).isEqualTo(Standing.TERM_ENDED);
    }

    @Test
    void withdrawnExpiredAndFinallyClosedPatentsHaveNoDeadlines() {
        PatentDeadlines calendar = queries.deadlines(JIAN, null, null, ON.toString());

        assertThat(calendar.groups()).flatExtracting(PatentDeadlines.Group::deadlines).extracting(Deadline::patentId)
                .doesNotContain("p-withdrawn", "p-expired", "p-rejected-long-ago")
                .contains("p-published", "p-rejected", "p-office-action", "p-correction");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "studio=s-jian              | s-jian      |                  |        | 4",
            "enterprise=吉安重工有限公司   |             | 吉安重工有限公司    |        | 4",
            "region=360829              |             |                  | 360829 | 6",
            "region=360800 (the city)   |             |                  | 360800 | 10",
            "region=44                  |             |                  | 44     | 1",
            "studio and region disagree | s-shenzhen  |                  | 36     | 0",
            "no scope: every patent     |             |                  |        | 11"})
    void aCalendarIsForAStudioAnEnterpriseOrARegion(String scope, String studio, String enterprise, String region,
                                                     int expected) {
        assertThat(queries.deadlines(studio, enterprise, region, ON.toString()).total()).isEqualTo(expected);
    }

    @Test
    void aFeeInAnotherRegionIsItsOwn() {
        Deadline fee = get(queries.deadlines(null, null, "44", ON.toString()), "p-shenzhen/ANNUAL_FEE/6");

        assertThat(fee.dueOn()).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(fee.annualFee().fee()).isEqualTo(Yuan.of("1200.00"));
        assertThat(fee.studioName()).isEqualTo(SHENZHEN_NAME);
    }

    @Test
    void withoutADayTheCalendarIsForTodayInShanghai() {
        assertThat(queries.deadlines(null, null, "36", null).on()).isEqualTo(ON);
        assertThat(queries.deadlines(null, null, "36", " ").on()).isEqualTo(ON);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "on,     2025-13-01",
            "on,     tomorrow",
            "on,     2025/06/01",
            "region, 3",
            "region, 99",
            "region, 3608291"})
    void anInvalidParameterIsNamed(String parameter, String value) {
        InvalidQueryException error = catchThrowableOfType(InvalidQueryException.class, () -> queries.deadlines(
                null, null, parameter.equals("region") ? value : null, parameter.equals("on") ? value : null));

        assertThat(error).isNotNull();
        assertThat(error.parameter()).isEqualTo(parameter);
        assertThat(error.getMessage()).contains(parameter);
    }

    @Test
    void tooLongAStudioIdIsInvalid() {
        InvalidQueryException error = catchThrowableOfType(InvalidQueryException.class,
                () -> queries.deadlines("s".repeat(101), null, null, null));

        assertThat(error.parameter()).isEqualTo("studio");
    }

    private static String surcharge(AmountDue due) {
        return due.surchargePercent() + " % " + due.surcharge() + " → " + due.total();
    }

    private static org.assertj.core.groups.Tuple tuple(int month, String startsOn, String endsOn, String amount) {
        return org.assertj.core.groups.Tuple.tuple(month, LocalDate.parse(startsOn), LocalDate.parse(endsOn), amount);
    }
}
