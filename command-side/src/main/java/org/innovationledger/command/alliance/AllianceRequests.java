package org.innovationledger.command.alliance;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Request bodies of the alliance commands. */
final class AllianceRequests {

    private AllianceRequests() {
    }

    record FoundAllianceRequest(
            @Schema(example = "赣鄱矿业创新工作室联盟") @NotBlank @Size(max = 100) String name,
            @Schema(description = "Id of the studio that leads the alliance") @NotBlank @Size(max = 64) String leadStudioId,
            @NotNull LocalDate foundedOn,
            @Size(max = 2000) String description) {
    }

    record JoinAllianceRequest(@NotBlank @Size(max = 64) String studioId, @NotNull LocalDate joinedOn) {
    }

    record LeaveAllianceRequest(@NotNull LocalDate leftOn, @Size(max = 500) String reason) {
    }
}
