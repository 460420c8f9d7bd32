package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** One studio's stars for a year in a list (星级名单): computed and, if confirmed, official. */
@Schema(description = "A studio's computed and official stars for a year")
public record StudioStarsRow(
        StudioRef studio,
        int year,
        @Schema(description = "Computed stars, 0 to 5; null when no policy covers the studio's year") Integer stars,
        @Schema(type = "string") BigDecimal score,
        String policyId,
        Integer policyVersion,
        @Schema(description = "The confirmed official star; null until confirmed") Integer officialStars) {
}
