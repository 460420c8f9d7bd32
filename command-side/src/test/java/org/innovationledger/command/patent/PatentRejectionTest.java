package org.innovationledger.command.patent;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.patent.ApplicationRejected;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.ReexaminationOutcome;
import org.innovationledger.api.patent.RejectionOverturned;
import org.innovationledger.api.patent.RejectionUpheld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.APPLICATION_REJECTED;
import static org.innovationledger.api.common.ErrorCode.DATE_BEFORE_PREVIOUS_STEP;
import static org.innovationledger.api.common.ErrorCode.NOT_REJECTED;
import static org.innovationledger.api.common.ErrorCode.NOT_UNDER_EXAMINATION;
import static org.innovationledger.api.common.ErrorCode.OFFICE_ACTION_UNANSWERED;
import static org.innovationledger.api.common.ErrorCode.REEXAMINATION_ALREADY_REQUESTED;
import static org.innovationledger.api.common.ErrorCode.REEXAMINATION_NOT_REQUESTED;
import static org.innovationledger.api.common.ErrorCode.REEXAMINATION_PERIOD_ENDED;
import static org.innovationledger.command.patent.PatentExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

class PatentRejectionTest {

    private static final LocalDate REJECTED_ON = date(2019, 11, 29);

    private final FixtureConfiguration<Patent> fixture = fixture();

    private static List<Object> inventionRejected() {
        return with(inventionWithOfficeAction(), answered("oa-1", date(2019, 2, 20)), rejected(REJECTED_ON));
    }

    @Test
    void canRejectInventionUnderSubstantiveExaminationWithItsReexaminationDeadline() {
        fixture.given(with(inventionWithOfficeAction(), answered("oa-1", date(2019, 2, 20))))
               .when(reject(REJECTED_ON))
               .expectEvents(new ApplicationRejected(PATENT_ID, REJECTED_ON, "权利要求1不具备创造性",
                       date(2020, 2, 29)))
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.REJECTED));
    }

    @Test
    void canRejectApplicationInFormalExamination() {
        fixture.given(utilityModelFiled())
               .when(reject(date(2022, 5, 31)))
               .expectEvents(rejected(date(2022, 5, 31)));
    }

    @Test
    void cannotRejectApplicationNotUnderExamination() {
        fixture.given(inventionPublished())
               .when(reject(REJECTED_ON))
               .expectException(violates(NOT_UNDER_EXAMINATION))
               .expectNoEvents();
    }

    @Test
    void cannotRejectWhileOfficeActionAwaitsAnswer() {
        fixture.given(inventionWithOfficeAction())
               .when(reject(REJECTED_ON))
               .expectException(violates(OFFICE_ACTION_UNANSWERED))
               .expectNoEvents();
    }

    @Test
    void canRequestReexaminationOnTheLastDayOfThreeMonths() {
        fixture.given(inventionRejected())
               .when(requestReexamination(date(2020, 2, 29)))
               .expectEvents(reexaminationRequested(date(2020, 2, 29)))
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.UNDER_REEXAMINATION));
    }

    @Test
    void cannotRequestReexaminationMoreThanThreeMonthsAfterTheRejection() {
        fixture.given(inventionRejected())
               .when(requestReexamination(date(2020, 3, 1)))
               .expectException(violates(REEXAMINATION_PERIOD_ENDED))
               .expectNoEvents();
    }

    @Test
    void cannotRequestReexaminationBeforeTheRejection() {
        fixture.given(inventionRejected())
               .when(requestReexamination(REJECTED_ON.minusDays(1)))
               .expectException(violates(DATE_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void cannotRequestReexaminationOfApplicationNotRejected() {
        fixture.given(inventionUnderSubstantiveExamination())
               .when(requestReexamination(REJECTED_ON))
               .expectException(violates(NOT_REJECTED))
               .expectNoEvents();
    }

    @Test
    void cannotRequestReexaminationTwice() {
        fixture.given(with(inventionRejected(), reexaminationRequested(date(2020, 1, 6))))
               .when(requestReexamination(date(2020, 1, 7)))
               .expectException(violates(REEXAMINATION_ALREADY_REQUESTED))
               .expectNoEvents();
    }

    static Stream<Object> stepsOtherThanReexamination() {
        return Stream.of(grant(date(2020, 1, 6)), withdraw(date(2020, 1, 6)), deemWithdrawn(date(2020, 1, 6)),
                issueOfficeAction("oa-2", date(2020, 1, 6), date(2020, 3, 6)), reject(date(2020, 1, 6)));
    }

    @ParameterizedTest
    @MethodSource("stepsOtherThanReexamination")
    void rejectedApplicationContinuesOnlyThroughReexamination(Object command) {
        fixture.given(inventionRejected())
               .when(command)
               .expectException(violates(APPLICATION_REJECTED))
               .expectNoEvents();
    }

    @Test
    void canUpholdRejectionWhichEndsTheApplication() {
        fixture.given(with(inventionRejected(), reexaminationRequested(date(2020, 1, 6))))
               .when(decide(ReexaminationOutcome.UPHELD, date(2020, 9, 1)))
               .expectEvents(new RejectionUpheld(PATENT_ID, date(2020, 9, 1), "合议组意见"))
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.FINALLY_REJECTED));
    }

    @Test
    void overturnedRejectionReturnsToSubstantiveExamination() {
        fixture.given(with(inventionRejected(), reexaminationRequested(date(2020, 1, 6))))
               .when(decide(ReexaminationOutcome.OVERTURNED, date(2020, 9, 1)))
               .expectEvents(new RejectionOverturned(PATENT_ID, date(2020, 9, 1), "合议组意见"))
               .expectState(patent -> assertThat(patent.status())
                       .isEqualTo(PatentStatus.UNDER_SUBSTANTIVE_EXAMINATION));
    }

    @Test
    void inventionCanBeGrantedAfterItsRejectionWasOverturned() {
        fixture.given(with(inventionRejected(), reexaminationRequested(date(2020, 1, 6)),
                              new RejectionOverturned(PATENT_ID, date(2020, 9, 1), "合议组意见")))
               .when(grant(date(2021, 3, 5)))
               .expectEvents(granted(date(2021, 3, 5), 4));
    }

    @Test
    void overturnedRejectionInFormalExaminationReturnsToFormalExamination() {
        fixture.given(utilityModelFiled(), rejected(date(2022, 5, 31)), reexaminationRequested(date(2022, 6, 10)))
               .when(decide(ReexaminationOutcome.OVERTURNED, date(2022, 10, 1)))
               .expectSuccessfulHandlerExecution()
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.FILED));
    }

    @Test
    void cannotDecideReexaminationNotRequested() {
        fixture.given(inventionRejected())
               .when(decide(ReexaminationOutcome.UPHELD, date(2020, 9, 1)))
               .expectException(violates(REEXAMINATION_NOT_REQUESTED))
               .expectNoEvents();
    }

    @Test
    void cannotDecideReexaminationBeforeItWasRequested() {
        fixture.given(with(inventionRejected(), reexaminationRequested(date(2020, 1, 6))))
               .when(decide(ReexaminationOutcome.UPHELD, date(2020, 1, 5)))
               .expectException(violates(DATE_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }
}
