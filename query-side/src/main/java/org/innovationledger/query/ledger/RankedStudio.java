package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.common.Yuan;

/** A studio's place among the top savers (效益排行). */
public record RankedStudio(
        int rank,
        StudioRef studio,
        @Schema(type = "string", example = "320000.00") Yuan verified,
        @Schema(type = "string", example = "350000.00") Yuan claimed,
        @Schema(type = "string", example = "30000.00") Yuan pending) {
}
