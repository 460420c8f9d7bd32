package org.innovationledger.query.achievement;

import org.innovationledger.query.achievement.AchievementHistory.Entry;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.Timeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.query.achievement.AchievementExamples.*;

/** An achievement's history: every step with its names, dates, facts, who and when. */
class AchievementHistoryTest {

    private InProcessMongo mongo;
    private AchievementQueries queries;

    @BeforeEach
    void projectTheRichTimeline() {
        mongo = new InProcessMongo();
        AchievementProjectionFixture achievements = new AchievementProjectionFixture(mongo.database());
        achievements.projections.deliver(richTimeline().events());
        queries = achievements.queries;
    }

    @AfterEach
    void stopStore() {
        mongo.close();
    }

    @Test
    void everyStepIsListedInOrderWithItsEnglishAndChineseName() {
        AchievementHistory history = queries.history(RICH, null, null);

        assertThat(history.version()).isEqualTo(22);
        assertThat(history.entries()).extracting(Entry::sequence)
                                     .containsExactlyElementsOf(LongStream.rangeClosed(0, 22).boxed().toList());
        assertThat(history.entries()).extracting(Entry::step).containsExactly(
                AchievementStep.RECORDED, AchievementStep.SUBMITTED, AchievementStep.RETURNED,
                AchievementStep.REVISED, AchievementStep.SUBMITTED, AchievementStep.RETURNED,
                AchievementStep.REVISED, AchievementStep.SUBMITTED, AchievementStep.ACCEPTED,
                AchievementStep.IMPLEMENTED, AchievementStep.SAVINGS_CLAIMED, AchievementStep.SAVINGS_CLAIMED,
                AchievementStep.SAVINGS_CLAIM_CORRECTED, AchievementStep.SAVINGS_CLAIM_CORRECTED,
                AchievementStep.SAVINGS_CLAIM_VERIFIED, AchievementStep.SAVINGS_CLAIM_REJECTED,
                AchievementStep.VERIFIED_SAVINGS_ADJUSTED, AchievementStep.VERIFIED_SAVINGS_ADJUSTED,
                AchievementStep.SAVINGS_CLAIMED, AchievementStep.AWARDED, AchievementStep.RECOMMENDED,
                AchievementStep.ADOPTED, AchievementStep.AWARDED);
        Entry verified = history.entries().get(14);
        assertThat(verified.stepEnglish()).isEqualTo("Savings verified");
        assertThat(verified.stepChinese()).isEqualTo("效益核实");
        assertThat(verified.eventType()).isEqualTo("SavingsClaimVerified");
    }

    @Test
    void eachStepSaysWhoRecordedItWhenForWhichRequestAndOnWhatDay() {
        List<Entry> entries = queries.history(RICH, null, null).entries();
        Entry recorded = entries.get(0);
        Entry returned = entries.get(2);
        Entry adjusted = entries.get(16);

        assertThat(recorded.userId()).isEqualTo(STUDIO_LEAD);
        assertThat(recorded.correlationId()).isEqualTo("req-1");
        assertThat(recorded.eventId()).isEqualTo("event-1");
        assertThat(recorded.recordedAt()).isEqualTo(Timeline.START.plus(Duration.ofMinutes(1)));
        assertThat(recorded.on()).as("a recording has no day of its own").isNull();
        assertThat(recorded.facts()).containsEntry("studioId", STUDIO).doesNotContainKey("achievementId");

        assertThat(returned.userId()).isEqualTo(Timeline.UNION_STAFF);
        assertThat(returned.on()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(returned.dates()).containsExactly(Map.entry("returnedOn", LocalDate.of(2025, 3, 10)));
        assertThat(returned.facts()).containsEntry("reviewer", COUNTY_UNION).containsEntry("reason", "缺少效益测算依据");

        assertThat(adjusted.facts()).containsEntry("amount", "-1500.50").containsEntry("period", "2025-Q2")
                                    .containsEntry("adjustmentId", "adj-1");
    }

    @Test
    void theContentOfARecordingIsInItsFactsWithSharesExact() {
        Entry revised = queries.history(RICH, null, null).entries().get(6);

        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) revised.facts().get("content");
        assertThat(content).containsEntry("title", "皮带机自动纠偏装置").containsEntry("achievedOn", "2025-02-20");
        List<Object> shares = ((List<?>) content.get("contributors")).stream()
                .map(contributor -> ((Map<?, ?>) contributor).get("share")).map(Object.class::cast).toList();
        assertThat(shares).containsExactly("50.50", "33.333", "16.167");
    }
}
