package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.studio.NamingLevel;

/** Which studios and which year a savings query covers (效益查询范围), as the client sent them; all optional. */
public record SavingsParameters(
        @Parameter(description = "One studio (工作室 id)") String studio,
        @Parameter(description = "Studios hosted by this enterprise (所在企业), exact name") String enterprise,
        @Parameter(description = "Studios that belong now to this alliance (联盟 id)") String alliance,
        @Parameter(description = "Region (地区): a province (2 digits), city (4) or county (6) code prefix",
                example = "36") String region,
        @Parameter(description = "Studios named at this level (命名级别)",
                schema = @Schema(implementation = NamingLevel.class)) String level,
        @Parameter(description = "Only claims for this year or its quarters (年度)", example = "2025") String year) {

    StudioScope scope() {
        return StudioScope.parse(studio, enterprise, alliance, region, level);
    }
}
