package org.innovationledger.command.patent;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.patent.CorrectionRequested;
import org.innovationledger.api.patent.PatentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.DATE_BEFORE_FILING;
import static org.innovationledger.api.common.ErrorCode.DATE_BEFORE_PREVIOUS_STEP;
import static org.innovationledger.api.common.ErrorCode.FORMAL_EXAMINATION_ALREADY_PASSED;
import static org.innovationledger.command.patent.PatentExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

class PatentFormalExaminationTest {

    private final FixtureConfiguration<Patent> fixture = fixture();

    @Test
    void canRequestCorrectionInFormalExamination() {
        fixture.given(inventionFiled())
               .when(requestCorrection(date(2017, 8, 25), date(2017, 10, 25)))
               .expectEvents(correctionRequested())
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.CORRECTION_REQUESTED));
    }

    @Test
    void canRequestAnotherCorrection() {
        fixture.given(inventionFiled(), correctionRequested())
               .when(requestCorrection(date(2017, 11, 1), date(2018, 1, 1)))
               .expectEvents(new CorrectionRequested(PATENT_ID, date(2017, 11, 1), date(2018, 1, 1), "说明书附图不清晰"));
    }

    @Test
    void cannotSetCorrectionDeadlineBeforeTheNotice() {
        fixture.given(inventionFiled())
               .when(requestCorrection(date(2017, 8, 25), date(2017, 8, 24)))
               .expectException(violates(DATE_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void canPassFormalExamination() {
        fixture.given(inventionFiled())
               .when(passFormalExamination(date(2017, 9, 1)))
               .expectEvents(formalExaminationPassed(date(2017, 9, 1)))
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.FORMALLY_EXAMINED));
    }

    @Test
    void canPassFormalExaminationAfterCorrection() {
        fixture.given(inventionFiled(), correctionRequested())
               .when(passFormalExamination(date(2017, 10, 20)))
               .expectEvents(formalExaminationPassed(date(2017, 10, 20)));
    }

    @Test
    void cannotPassFormalExaminationTwice() {
        fixture.given(inventionFormallyExamined())
               .when(passFormalExamination(date(2017, 10, 21)))
               .expectException(violates(FORMAL_EXAMINATION_ALREADY_PASSED))
               .expectNoEvents();
    }

    @Test
    void cannotRequestCorrectionAfterFormalExaminationPassed() {
        fixture.given(inventionPublished())
               .when(requestCorrection(date(2018, 2, 1), date(2018, 4, 1)))
               .expectException(violates(FORMAL_EXAMINATION_ALREADY_PASSED))
               .expectNoEvents();
    }

    @Test
    void noStepIsDatedBeforeTheFiling() {
        fixture.given(inventionFiled())
               .when(passFormalExamination(FILED_ON.minusDays(1)))
               .expectException(violates(DATE_BEFORE_FILING))
               .expectNoEvents();
    }

    @Test
    void stepCanBeDatedOnTheFilingDate() {
        fixture.given(inventionFiled())
               .when(passFormalExamination(FILED_ON))
               .expectEvents(formalExaminationPassed(FILED_ON));
    }
}
