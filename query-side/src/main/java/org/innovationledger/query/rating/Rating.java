package org.innovationledger.query.rating;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** A computed rating (星级测评): the score line by line, the stars it earns and the gap to the next star. */
@Schema(description = "A studio's computed score for a year under one policy version")
public record Rating(
        @Schema(description = "Sum of the lines' points", type = "string") BigDecimal score,
        @Schema(description = "Stars from the policy's thresholds: 0 (none) to 5") int stars,
        List<RatingLine> lines,
        @Schema(description = "Null at five stars") RatingGap gap) {
}
