package org.innovationledger.query.patent;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A patent's full history (专利事务记录): every step, who recorded it and when. */
@Schema(description = "Every step of a patent, oldest first")
public record PatentHistory(
        String patentId,
        List<Entry> entries,
        @Schema(description = "The sequence number of the last step (also the ETag)") long version) {

    /** One step. */
    @Schema(description = "One step of a patent's history")
    public record Entry(
            @Schema(description = "The event's sequence number within the patent, from 0") long sequence,
            PatentStep step,
            @Schema(example = "Patent granted") String stepEnglish,
            @Schema(example = "授权公告") String stepChinese,
            @Schema(description = "The stored event's type", example = "PatentGranted") String eventType,
            @Schema(description = "The day the step happened") LocalDate on,
            @Schema(description = "Every date the event carries, by name (due dates included)")
            Map<String, LocalDate> dates,
            @Schema(description = "Everything the event says, by field; money as decimal strings")
            Map<String, Object> facts,
            @Schema(description = "Who recorded it (meta-data userId)") String userId,
            @Schema(description = "The request that recorded it (X-Correlation-Id)") String correlationId,
            @Schema(description = "When it was recorded (the event's timestamp)") Instant recordedAt,
            String eventId) {
    }
}
