package org.innovationledger.command.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to every command: the aggregate's id and its version after the change (also sent as the ETag), and
 * the id of what the command created inside it, if anything (a grant, a challenge…).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Result of a command: the record's id and its new version")
public record CommandResult(
        @Schema(description = "Id of the studio or alliance", example = "6f1c2a0e-3b5d-4c47-9a55-2b8f0f1e7d21") String id,
        @Schema(description = "Version after the change; send it back in If-Match", example = "3") long version,
        @Schema(description = "Id of the entity the command created, if any", example = "b0a3…")
        String entityId,
        @JsonIgnore boolean replayed) {
}
