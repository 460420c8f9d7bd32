package org.innovationledger.query.patent;

import org.innovationledger.query.patent.PatentHistory.Entry;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.Timeline;
import org.innovationledger.query.web.ProjectionBehindException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.query.patent.PatentExamples.richTimeline;

/** A patent's history: every step with its names, dates, facts, who and when. */
class PatentHistoryTest {

    private InProcessMongo mongo;
    private PatentProjectionFixture patents;
    private PatentQueries queries;

    @BeforeEach
    void projectTheRichTimeline() {
        mongo = new InProcessMongo();
        patents = new PatentProjectionFixture(mongo.database());
        patents.projections.deliver(richTimeline().events());
        queries = patents.queries(Instant.parse("2025-06-01T02:00:00Z"));
    }

    @AfterEach
    void stopStore() {
        mongo.close();
    }

    @Test
    void everyStepIsListedInOrderWithItsEnglishAndChineseName() {
        PatentHistory history = queries.history("p-rich", null, null);

        assertThat(history.version()).isEqualTo(20);
        assertThat(history.entries()).extracting(Entry::sequence).containsExactly(
                0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L);
        assertThat(history.entries()).extracting(Entry::step).containsExactly(
                PatentStep.FILED, PatentStep.CORRECTION_REQUESTED, PatentStep.FORMAL_EXAMINATION_PASSED,
                PatentStep.PUBLISHED, PatentStep.SUBSTANTIVE_EXAMINATION_REQUESTED, PatentStep.OFFICE_ACTION_ISSUED,
                PatentStep.OFFICE_ACTION_ANSWERED, PatentStep.REJECTED, PatentStep.REEXAMINATION_REQUESTED,
                PatentStep.REJECTION_OVERTURNED, PatentStep.GRANTED, PatentStep.ANNUAL_FEE_PAID,
                PatentStep.ANNUAL_FEE_PAID, PatentStep.LAPSED, PatentStep.RESTORED, PatentStep.ANNUAL_FEE_PAID,
                PatentStep.TRANSFERRED, PatentStep.LICENSED, PatentStep.ANNUAL_FEE_PAID, PatentStep.INVALIDATED,
                PatentStep.EXPIRED);
        Entry granted = history.entries().get(10);
        assertThat(granted.stepEnglish()).isEqualTo("Patent granted");
        assertThat(granted.stepChinese()).isEqualTo("授权公告");
        assertThat(granted.eventType()).isEqualTo("PatentGranted");
    }

    @Test
    void eachStepSaysWhoRecordedItWhenForWhichRequestAndOnWhatDays() {
        Entry filing = queries.history("p-rich", null, null).entries().get(0);
        Entry fee = queries.history("p-rich", null, null).entries().get(12);

        assertThat(filing.userId()).isEqualTo("studio-lead-1");
        assertThat(filing.correlationId()).isEqualTo("req-2");
        assertThat(filing.eventId()).isEqualTo("event-2");
        assertThat(filing.recordedAt()).isEqualTo(Timeline.START.plus(Duration.ofMinutes(2)));
        assertThat(filing.on()).isEqualTo(LocalDate.of(2017, 7, 20));
        assertThat(filing.dates()).containsExactly(Map.entry("filedOn", LocalDate.of(2017, 7, 20)),
                                                   Map.entry("termEndsOn", LocalDate.of(2037, 7, 19)),
                                                   Map.entry("substantiveExaminationDueOn",
                                                             LocalDate.of(2020, 7, 20)));
        assertThat(filing.facts()).containsEntry("applicationNumber", "201710601862.3")
                                  .containsEntry("type", "INVENTION")
                                  .containsEntry("studioId", "s-1")
                                  .doesNotContainKey("patentId");

        assertThat(fee.step()).isEqualTo(PatentStep.ANNUAL_FEE_PAID);
        assertThat(fee.on()).isEqualTo(LocalDate.of(2021, 9, 3));
        assertThat(fee.dates()).containsOnlyKeys("dueOn", "paidOn");
        assertThat(fee.facts()).containsEntry("patentYear", 5).containsEntry("surchargePercent", 5)
                               .containsEntry("surcharge", "60.00").containsEntry("amountPaid", "1260.00");
    }

    @Test
    void readingAVersionNotYetProjectedWaitsThenSaysSo() {
        assertThat(queries.history("p-rich", 20L, 0L).version()).isEqualTo(20);
        assertThatThrownBy(() -> queries.history("p-rich", 21L, 10L)).isInstanceOf(ProjectionBehindException.class);
    }
}
