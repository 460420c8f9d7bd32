package org.innovationledger.query.studio;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioStatus;

/**
 * The query parameters of the studio list (工作室查询条件), as the client sent them; {@link StudioListQuery} checks
 * them. All optional.
 */
public record StudioListParameters(
        @Parameter(description = "Region (地区): a province (2 digits), city (4) or county (6) code prefix; a full "
                + "code such as 360000 or 360800 stands for its province or city", example = "3608")
        String region,
        @Parameter(description = "Naming level (命名级别)", schema = @Schema(implementation = NamingLevel.class))
        String level,
        @Parameter(description = "Kind of studio (工作室类型)", schema = @Schema(implementation = StudioKind.class))
        String kind,
        @Parameter(description = "Status (状态)", schema = @Schema(implementation = StudioStatus.class))
        String status,
        @Parameter(description = "Only studios that belong now to this alliance (联盟 id)")
        String alliance,
        @Parameter(description = "Text contained in the studio's name, ignoring case", example = "劳模")
        String q,
        @Parameter(description = "name, foundedOn, level, registeredAt or memberCount, optionally followed by ,asc "
                + "or ,desc", schema = @Schema(type = "string", defaultValue = "name,asc"), example = "memberCount,desc")
        String sort,
        @Parameter(description = "0-based page number", schema = @Schema(type = "integer", minimum = "0",
                defaultValue = "0"))
        String page,
        @Parameter(description = "Items per page, 1 to 100", schema = @Schema(type = "integer", minimum = "1",
                maximum = "100", defaultValue = "20"))
        String size) {
}
