package org.innovationledger.command.patent;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.patent.PatentGranted;
import org.innovationledger.api.patent.PatentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.FORMAL_EXAMINATION_NOT_PASSED;
import static org.innovationledger.api.common.ErrorCode.OFFICE_ACTION_UNANSWERED;
import static org.innovationledger.api.common.ErrorCode.PATENT_ALREADY_GRANTED;
import static org.innovationledger.api.common.ErrorCode.SUBSTANTIVE_EXAMINATION_NOT_REQUESTED;
import static org.innovationledger.command.patent.PatentExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

class PatentGrantTest {

    private final FixtureConfiguration<Patent> fixture = fixture();

    @Test
    void canGrantInventionUnderSubstantiveExaminationAsZlPlusTheApplicationNumber() {
        fixture.given(with(inventionWithOfficeAction(), answered("oa-1", date(2019, 2, 20))))
               .when(grant(GRANTED_ON))
               .expectEvents(new PatentGranted(PATENT_ID, "ZL201710601862.3", GRANTED_ON, 4))
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.GRANTED));
    }

    @Test
    void cannotGrantInventionBeforeSubstantiveExamination() {
        fixture.given(inventionPublished())
               .when(grant(GRANTED_ON))
               .expectException(violates(SUBSTANTIVE_EXAMINATION_NOT_REQUESTED))
               .expectNoEvents();
    }

    @Test
    void cannotGrantWhileOfficeActionAwaitsAnswer() {
        fixture.given(inventionWithOfficeAction())
               .when(grant(GRANTED_ON))
               .expectException(violates(OFFICE_ACTION_UNANSWERED))
               .expectNoEvents();
    }

    @Test
    void canGrantUtilityModelAfterFormalExaminationOwingFeesFromYearOne() {
        fixture.given(utilityModelFiled(), formalExaminationPassed(date(2022, 6, 1)))
               .when(grant(date(2022, 9, 9)))
               .expectEvents(new PatentGranted(PATENT_ID, "ZL202220345678.3", date(2022, 9, 9), 1));
    }

    @Test
    void cannotGrantUtilityModelBeforeFormalExamination() {
        fixture.given(utilityModelFiled())
               .when(grant(date(2022, 9, 9)))
               .expectException(violates(FORMAL_EXAMINATION_NOT_PASSED))
               .expectNoEvents();
    }

    @Test
    void canGrantDesignAfterFormalExamination() {
        fixture.given(designFiled(), formalExaminationPassed(date(2021, 8, 2)))
               .when(grant(date(2021, 9, 3)))
               .expectEvents(new PatentGranted(PATENT_ID, "ZL202130111111.0", date(2021, 9, 3), 1));
    }

    static Stream<Object> applicationSteps() {
        return Stream.of(requestCorrection(date(2021, 1, 4), date(2021, 3, 4)), passFormalExamination(date(2021, 1, 4)),
                publish(date(2021, 1, 4)), requestSubstantiveExamination(date(2020, 7, 1)),
                issueOfficeAction("oa-2", date(2021, 1, 4), date(2021, 5, 4)), answer("oa-1", date(2021, 1, 4)),
                grant(date(2021, 1, 4)), reject(date(2021, 1, 4)), withdraw(date(2021, 1, 4)),
                deemWithdrawn(date(2021, 1, 4)));
    }

    @ParameterizedTest
    @MethodSource("applicationSteps")
    void grantedPatentTakesNoFurtherApplicationStep(Object command) {
        fixture.given(inventionGranted())
               .when(command)
               .expectException(violates(PATENT_ALREADY_GRANTED))
               .expectNoEvents();
    }
}
