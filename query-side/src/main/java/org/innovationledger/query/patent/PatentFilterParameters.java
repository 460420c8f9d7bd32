package org.innovationledger.query.patent;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;

/**
 * Which patents a portfolio list or count covers (专利查询条件), as the client sent them; {@link PatentFilter}
 * checks them. All optional; together they narrow the set.
 */
public record PatentFilterParameters(
        @Parameter(description = "Only the patents of this studio (工作室 id)")
        String studio,
        @Parameter(description = "Only the patents of studios hosted by this enterprise (所在企业), exact name",
                example = "赣鄱矿业有限公司")
        String enterprise,
        @Parameter(description = "Region (地区) of the studio: a province (2 digits), city (4) or county (6) code "
                + "prefix; a full code such as 360000 or 360800 stands for its province or city", example = "3608")
        String region,
        @Parameter(description = "Patent type (专利类型)", schema = @Schema(implementation = PatentType.class))
        String type,
        @Parameter(description = "Status (法律状态)", schema = @Schema(implementation = PatentStatus.class))
        String status,
        @Parameter(description = "Year of the filing date (申请年份)", example = "2023")
        String filedYear,
        @Parameter(description = "Year of the grant (授权年份)", example = "2024")
        String grantedYear,
        @Parameter(description = "Text contained in the title, application number or patent number, ignoring case",
                example = "输送机")
        String q) {

    /** No filter: every patent. */
    static PatentFilterParameters none() {
        return new PatentFilterParameters(null, null, null, null, null, null, null, null);
    }
}
