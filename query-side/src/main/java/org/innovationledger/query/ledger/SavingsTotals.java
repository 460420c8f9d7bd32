package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.common.Yuan;

import java.util.List;

/**
 * A savings roll-up (效益汇总) of the studios in scope: claimed (every claim not rejected, at its current amount),
 * verified (verified amounts with their adjusting entries — the figure that counts), pending (claimed, not yet
 * verified), the number of claims and of achievements behind them, and the groups asked for.
 */
public record SavingsTotals(
        @Schema(description = "The year asked for, or null for every year") Integer year,
        @Schema(type = "string", example = "1250000.00") Yuan claimed,
        @Schema(type = "string", example = "1068000.50") Yuan verified,
        @Schema(type = "string", example = "182000.00") Yuan pending,
        long claims,
        long achievements,
        @Schema(description = "The grouping asked for, or null") String groupBy,
        @Schema(description = "How many groups there are; at most `limit` of them are listed") long totalGroups,
        List<SavingsGroup> groups) {
}
