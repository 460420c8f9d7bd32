package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.common.Yuan;

/** One group of a savings roll-up. */
public record SavingsGroup(
        @Schema(description = "The group: a period, year, studio id, enterprise, alliance id, region prefix, level "
                + "or category") String key,
        @Schema(description = "The studio's or alliance's name; null for the others") String name,
        @Schema(type = "string", example = "128000.00") Yuan claimed,
        @Schema(type = "string", example = "96000.00") Yuan verified,
        @Schema(type = "string", example = "32000.00") Yuan pending,
        long claims) {
}
