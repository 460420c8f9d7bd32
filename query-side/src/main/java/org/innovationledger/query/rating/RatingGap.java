package org.innovationledger.query.rating;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** How far the next star is (距下一星级差距), and where the missing points could come from. */
@Schema(description = "The points missing for the next star and the items that could still earn them")
public record RatingGap(
        @Schema(description = "The next star") int nextStars,
        @Schema(description = "The score the next star needs", type = "string") BigDecimal threshold,
        @Schema(description = "Points missing", type = "string") BigDecimal missingPoints,
        @Schema(description = "Items that could still add points, most room first") List<Opportunity> opportunities) {

    /** An item that could add points: more occurrences up to its cap, or a deduction that could be avoided. */
    public record Opportunity(
            String code,
            String name,
            @Schema(description = "Points per further occurrence", type = "string") BigDecimal pointsEach,
            @Schema(description = "The most points it can still add; null when unlimited", type = "string")
            BigDecimal room,
            @Schema(description = "Further occurrences it would take alone to close the gap; null when it can't")
            Integer occurrencesToClose) {
    }
}
