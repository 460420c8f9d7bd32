package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.media.Schema;

/** One record behind a dashboard figure (明细): a studio, an achievement, a savings claim, a patent or an incubation. */
@Schema(description = "A record counted by a dashboard figure, with the link to its details")
public record DashboardRecord(
        @Schema(description = "STUDIO, ACHIEVEMENT, CLAIM, PATENT or INCUBATION") String kind,
        String id,
        @Schema(description = "Name or title") String title,
        @Schema(description = "Category, status, type or outcome that placed it in the figure, when one did")
        String detail,
        StudioRef studio,
        @Schema(description = "Where its details are read") String href) {
}
