package org.innovationledger.query.rating;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.rating.RatingBasis;

import java.math.BigDecimal;
import java.util.List;

/** How one item of the policy scored (得分明细). */
@Schema(description = "One line of the score: what the item counted and the points it gave")
public record RatingLine(
        @Schema(description = "The item's code in the policy") String code,
        @Schema(description = "The item's name in the policy") String name,
        RatingBasis basis,
        @Schema(description = "How many occurrences were counted") int count,
        @Schema(description = "Points per occurrence (negative for a deduction)", type = "string") BigDecimal pointsEach,
        @Schema(description = "count × pointsEach, before the cap", type = "string") BigDecimal uncappedPoints,
        @Schema(description = "The points the line adds to the score", type = "string") BigDecimal points,
        @Schema(description = "The item's cap, if any", type = "string") BigDecimal cap,
        @Schema(description = "True when the cap cut the points") boolean capApplied,
        @Schema(description = "The ids of the records counted") List<String> recordIds) {
}
