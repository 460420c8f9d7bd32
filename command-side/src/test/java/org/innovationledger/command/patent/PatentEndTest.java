package org.innovationledger.command.patent;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.patent.ApplicationDeemedWithdrawn;
import org.innovationledger.api.patent.ApplicationWithdrawn;
import org.innovationledger.api.patent.InvalidationExtent;
import org.innovationledger.api.patent.PatentExpired;
import org.innovationledger.api.patent.PatentInvalidated;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.RejectionUpheld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.PATENT_CLOSED;
import static org.innovationledger.command.patent.PatentExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

/** How an application or patent ends, and that nothing but reads follows. */
class PatentEndTest {

    private final FixtureConfiguration<Patent> fixture = fixture();

    @Test
    void canWithdrawPendingApplication() {
        fixture.given(inventionPublished())
               .when(withdraw(date(2018, 3, 1)))
               .expectEvents(new ApplicationWithdrawn(PATENT_ID, date(2018, 3, 1), "改为申请实用新型"))
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.WITHDRAWN));
    }

    @Test
    void canDeemApplicationWithdrawn() {
        fixture.given(inventionWithOfficeAction())
               .when(deemWithdrawn(date(2019, 4, 10)))
               .expectEvents(new ApplicationDeemedWithdrawn(PATENT_ID, date(2019, 4, 10), "逾期未答复审查意见通知书"))
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.DEEMED_WITHDRAWN));
    }

    static Stream<List<Object>> endings() {
        return Stream.of(
                with(inventionPublished(), new ApplicationWithdrawn(PATENT_ID, date(2018, 3, 1), "改为申请实用新型")),
                with(inventionPublished(), new ApplicationDeemedWithdrawn(PATENT_ID, date(2020, 8, 1), "未请求实审")),
                with(inventionUnderSubstantiveExamination(), rejected(date(2019, 11, 29)),
                        reexaminationRequested(date(2020, 1, 6)),
                        new RejectionUpheld(PATENT_ID, date(2020, 9, 1), "合议组意见")),
                with(inventionGranted(), new PatentInvalidated(PATENT_ID, InvalidationExtent.WHOLLY, List.of(),
                        date(2021, 5, 6), "不具备新颖性")),
                with(inventionGranted(), new PatentExpired(PATENT_ID, date(2037, 7, 19), date(2037, 8, 1))));
    }

    static Stream<Arguments> everyCommandAfterEveryEnding() {
        return endings().flatMap(history -> everyCommand().map(command -> Arguments.of(
                history.get(history.size() - 1).getClass().getSimpleName(), history, command)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("everyCommandAfterEveryEnding")
    void endedPatentRefusesEveryCommand(String ending, List<Object> history, Object command) {
        fixture.given(history)
               .when(command)
               .expectException(violates(PATENT_CLOSED))
               .expectNoEvents();
    }
}
