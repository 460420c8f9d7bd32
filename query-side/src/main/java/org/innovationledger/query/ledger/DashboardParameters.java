package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.Parameter;

import java.time.LocalDate;

/** Whose dashboard and which years (驾驶舱范围), as the client sent them; all optional. */
public record DashboardParameters(
        @Parameter(description = "Region (地区): a province (2 digits), city (4) or county (6) code prefix",
                example = "36") String region,
        @Parameter(description = "Studios hosted by this enterprise (所在企业), exact name") String enterprise,
        @Parameter(description = "One year (default: this year)", example = "2025") String year,
        @Parameter(description = "First year of a range (with toYear)", example = "2024") String fromYear,
        @Parameter(description = "Last year of a range", example = "2026") String toYear,
        @Parameter(description = "The day fee deadlines are counted from (default: today)", example = "2026-11-29")
        String on) {

    DashboardQuery query(LocalDate today) {
        return DashboardQuery.parse(region, enterprise, year, fromYear, toYear, on, today);
    }
}
