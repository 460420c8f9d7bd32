package org.innovationledger.query.studio;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioStatus;

/** A studio as one line of a list (工作室列表项). */
@Schema(description = "A studio in a list")
public record StudioSummary(
        String id,
        String name,
        StudioKind kind,
        NamingLevel level,
        StudioStatus status,
        String regionCode,
        String hostEnterprise,
        @Schema(description = "领衔人") String leaderName,
        int memberCount,
        @Schema(description = "Funding granted minus spent, in yuan", example = "35000.00") Yuan fundingBalance,
        int challengesSolved,
        long version) {
}
