package org.innovationledger.query.alliance;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** The query parameters of the alliance list (联盟查询条件), as the client sent them. All optional. */
public record AllianceListParameters(
        @Parameter(description = "Text contained in the alliance's name, ignoring case", example = "联盟")
        String q,
        @Parameter(description = "0-based page number", schema = @Schema(type = "integer", minimum = "0",
                defaultValue = "0"))
        String page,
        @Parameter(description = "Items per page, 1 to 100", schema = @Schema(type = "integer", minimum = "1",
                maximum = "100", defaultValue = "20"))
        String size) {
}
