package org.innovationledger.query.patent;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;

import java.time.LocalDate;
import java.util.List;

/** A patent as one line of the portfolio (专利清单). */
@Schema(description = "A patent in a list")
public record PatentSummary(
        String id,
        @Schema(description = "申请号", example = "201710601862.3") String applicationNumber,
        @Schema(description = "专利号, once granted", example = "ZL201710601862.3") String patentNumber,
        PatentType type,
        String title,
        PatentStatus status,
        String studioId,
        String studioName,
        @Schema(description = "The studio's enterprise (所在企业)") String hostEnterprise,
        @Schema(description = "The studio's region code", example = "360829") String regionCode,
        LocalDate filedOn,
        LocalDate grantedOn,
        LocalDate termEndsOn,
        @Schema(description = "发明人") List<String> inventors,
        long version) {
}
