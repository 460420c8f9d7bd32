package org.innovationledger.command.patent;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.patent.ApplicationNumber;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.patent.SubstantiveExaminationRequested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.ALREADY_PUBLISHED;
import static org.innovationledger.api.common.ErrorCode.DATE_BEFORE_PREVIOUS_STEP;
import static org.innovationledger.api.common.ErrorCode.FORMAL_EXAMINATION_NOT_PASSED;
import static org.innovationledger.api.common.ErrorCode.NOT_AN_INVENTION;
import static org.innovationledger.api.common.ErrorCode.NOT_PUBLISHED;
import static org.innovationledger.api.common.ErrorCode.OFFICE_ACTION_ALREADY_ANSWERED;
import static org.innovationledger.api.common.ErrorCode.OFFICE_ACTION_ALREADY_RECORDED;
import static org.innovationledger.api.common.ErrorCode.OFFICE_ACTION_NOT_FOUND;
import static org.innovationledger.api.common.ErrorCode.OFFICE_ACTION_RESPONSE_PERIOD_ENDED;
import static org.innovationledger.api.common.ErrorCode.SUBSTANTIVE_EXAMINATION_ALREADY_REQUESTED;
import static org.innovationledger.api.common.ErrorCode.SUBSTANTIVE_EXAMINATION_NOT_REQUESTED;
import static org.innovationledger.api.common.ErrorCode.SUBSTANTIVE_EXAMINATION_PERIOD_ENDED;
import static org.innovationledger.command.patent.PatentExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

class PatentSubstantiveExaminationTest {

    private final FixtureConfiguration<Patent> fixture = fixture();

    @Test
    void canPublishInventionAfterFormalExamination() {
        fixture.given(inventionFormallyExamined())
               .when(publish(date(2018, 1, 19)))
               .expectEvents(published(date(2018, 1, 19)))
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.PUBLISHED));
    }

    @Test
    void cannotPublishBeforeFormalExaminationPassed() {
        fixture.given(inventionFiled(), correctionRequested())
               .when(publish(date(2018, 1, 19)))
               .expectException(violates(FORMAL_EXAMINATION_NOT_PASSED))
               .expectNoEvents();
    }

    @Test
    void cannotPublishTwice() {
        fixture.given(inventionPublished())
               .when(publish(date(2018, 1, 26)))
               .expectException(violates(ALREADY_PUBLISHED))
               .expectNoEvents();
    }

    @Test
    void utilityModelIsNotPublished() {
        fixture.given(utilityModelFiled(), formalExaminationPassed(date(2022, 5, 1)))
               .when(publish(date(2022, 6, 1)))
               .expectException(violates(NOT_AN_INVENTION))
               .expectNoEvents();
    }

    @Test
    void designIsNotExaminedSubstantively() {
        fixture.given(designFiled(), formalExaminationPassed(date(2021, 8, 1)))
               .when(requestSubstantiveExamination(date(2021, 9, 1)))
               .expectException(violates(NOT_AN_INVENTION))
               .expectNoEvents();
    }

    @Test
    void canRequestSubstantiveExaminationAfterPublication() {
        fixture.given(inventionPublished())
               .when(requestSubstantiveExamination(date(2018, 2, 1)))
               .expectEvents(new SubstantiveExaminationRequested(PATENT_ID, date(2018, 2, 1)))
               .expectState(patent -> assertThat(patent.status())
                       .isEqualTo(PatentStatus.UNDER_SUBSTANTIVE_EXAMINATION));
    }

    @Test
    void substantiveExaminationRequestedWithTheApplicationIsRecordedAfterPublicationWithItsOwnDate() {
        fixture.given(inventionPublished())
               .when(requestSubstantiveExamination(FILED_ON))
               .expectEvents(new SubstantiveExaminationRequested(PATENT_ID, FILED_ON));
    }

    @Test
    void cannotRequestSubstantiveExaminationBeforePublication() {
        fixture.given(inventionFormallyExamined())
               .when(requestSubstantiveExamination(date(2018, 2, 1)))
               .expectException(violates(NOT_PUBLISHED))
               .expectNoEvents();
    }

    @Test
    void cannotRequestSubstantiveExaminationTwice() {
        fixture.given(inventionUnderSubstantiveExamination())
               .when(requestSubstantiveExamination(date(2018, 3, 1)))
               .expectException(violates(SUBSTANTIVE_EXAMINATION_ALREADY_REQUESTED))
               .expectNoEvents();
    }

    @Test
    void canRequestSubstantiveExaminationOnTheLastDayOfThreeYears() {
        fixture.given(inventionPublished())
               .when(requestSubstantiveExamination(date(2020, 7, 20)))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRequestSubstantiveExaminationMoreThanThreeYearsAfterFiling() {
        fixture.given(inventionPublished())
               .when(requestSubstantiveExamination(date(2020, 7, 21)))
               .expectException(violates(SUBSTANTIVE_EXAMINATION_PERIOD_ENDED))
               .expectNoEvents();
    }

    @Test
    void substantiveExaminationPeriodRunsFromThePriorityDate() {
        fixture.given(filed(INVENTION_NUMBER, PatentType.INVENTION, FILED_ON, date(2016, 9, 12), date(2037, 7, 19),
                              date(2019, 9, 12)),
                      formalExaminationPassed(date(2017, 10, 20)), published(date(2018, 3, 16)))
               .when(requestSubstantiveExamination(date(2019, 9, 13)))
               .expectException(violates(SUBSTANTIVE_EXAMINATION_PERIOD_ENDED))
               .expectNoEvents();
    }

    @Test
    void substantiveExaminationOfInventionFiledOn29FebruaryIsDueOn28February() {
        ApplicationNumber number = new ApplicationNumber("201610123456.6");
        fixture.given(filed(number, PatentType.INVENTION, date(2016, 2, 29), null, date(2036, 2, 28),
                              date(2019, 2, 28)),
                      formalExaminationPassed(date(2016, 5, 3)), published(date(2017, 8, 30)))
               .when(requestSubstantiveExamination(date(2019, 3, 1)))
               .expectException(violates(SUBSTANTIVE_EXAMINATION_PERIOD_ENDED))
               .expectNoEvents();
    }

    @Test
    void canIssueOfficeActionUnderSubstantiveExamination() {
        fixture.given(inventionUnderSubstantiveExamination())
               .when(issueOfficeAction("oa-1", date(2018, 11, 2), date(2019, 3, 2)))
               .expectEvents(officeActionIssued("oa-1", date(2018, 11, 2), date(2019, 3, 2)));
    }

    @Test
    void cannotIssueOfficeActionBeforeSubstantiveExaminationIsRequested() {
        fixture.given(inventionPublished())
               .when(issueOfficeAction("oa-1", date(2018, 11, 2), date(2019, 3, 2)))
               .expectException(violates(SUBSTANTIVE_EXAMINATION_NOT_REQUESTED))
               .expectNoEvents();
    }

    @Test
    void cannotRecordOfficeActionTwice() {
        fixture.given(inventionWithOfficeAction())
               .when(issueOfficeAction("oa-1", date(2019, 5, 6), date(2019, 7, 6)))
               .expectException(violates(OFFICE_ACTION_ALREADY_RECORDED))
               .expectNoEvents();
    }

    @Test
    void cannotSetResponseDeadlineBeforeTheOfficeAction() {
        fixture.given(inventionUnderSubstantiveExamination())
               .when(issueOfficeAction("oa-1", date(2018, 11, 2), date(2018, 11, 1)))
               .expectException(violates(DATE_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void canAnswerOfficeActionOnItsDeadline() {
        fixture.given(inventionWithOfficeAction())
               .when(answer("oa-1", date(2019, 3, 2)))
               .expectEvents(answered("oa-1", date(2019, 3, 2)));
    }

    @Test
    void cannotAnswerOfficeActionAfterItsDeadline() {
        fixture.given(inventionWithOfficeAction())
               .when(answer("oa-1", date(2019, 3, 3)))
               .expectException(violates(OFFICE_ACTION_RESPONSE_PERIOD_ENDED))
               .expectNoEvents();
    }

    @Test
    void cannotAnswerOfficeActionBeforeItWasIssued() {
        fixture.given(inventionWithOfficeAction())
               .when(answer("oa-1", date(2018, 11, 1)))
               .expectException(violates(DATE_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void cannotAnswerUnknownOfficeAction() {
        fixture.given(inventionWithOfficeAction())
               .when(answer("oa-2", date(2019, 1, 10)))
               .expectException(violates(OFFICE_ACTION_NOT_FOUND))
               .expectNoEvents();
    }

    @Test
    void cannotAnswerOfficeActionTwice() {
        fixture.given(with(inventionWithOfficeAction(), answered("oa-1", date(2019, 2, 20))))
               .when(answer("oa-1", date(2019, 2, 21)))
               .expectException(violates(OFFICE_ACTION_ALREADY_ANSWERED))
               .expectNoEvents();
    }

    @Test
    void canIssueFurtherOfficeActionAfterAnAnswer() {
        fixture.given(with(inventionWithOfficeAction(), answered("oa-1", date(2019, 2, 20))))
               .when(issueOfficeAction("oa-2", date(2019, 5, 6), date(2019, 7, 6)))
               .expectEvents(officeActionIssued("oa-2", date(2019, 5, 6), date(2019, 7, 6)));
    }
}
