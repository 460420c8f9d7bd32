package org.innovationledger.query.achievement;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An achievement's full history (成果事务记录): every step, who recorded it and when. */
@Schema(description = "Every step of an achievement, oldest first")
public record AchievementHistory(
        String achievementId,
        List<Entry> entries,
        @Schema(description = "The sequence number of the last step (also the ETag)") long version) {

    /** One step. */
    @Schema(description = "One step of an achievement's history")
    public record Entry(
            @Schema(description = "The event's sequence number within the achievement, from 0") long sequence,
            AchievementStep step,
            @Schema(example = "Savings verified") String stepEnglish,
            @Schema(example = "效益核实") String stepChinese,
            @Schema(description = "The stored event's type", example = "SavingsClaimVerified") String eventType,
            @Schema(description = "The day the step happened; empty for recording and revising (see recordedAt)")
            LocalDate on,
            @Schema(description = "Every date the event carries at its top level, by name") Map<String, LocalDate> dates,
            @Schema(description = "Everything the event says, by field; money and shares as decimal strings")
            Map<String, Object> facts,
            @Schema(description = "Who recorded it (meta-data userId)") String userId,
            @Schema(description = "The request that recorded it (X-Correlation-Id)") String correlationId,
            @Schema(description = "When it was recorded (the event's timestamp)") Instant recordedAt,
            String eventId) {
    }
}
