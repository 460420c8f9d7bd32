package org.innovationledger.command.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/**
 * HTTP answers to commands: 201 with a Location for what was created, 200 otherwise; always the new version as
 * ETag, and {@code Idempotent-Replayed: true} when the answer repeats the first result of an idempotent retry.
 */
public final class CommandResponses {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private CommandResponses() {
    }

    public static ResponseEntity<CommandResult> created(CommandResult result, String location) {
        return respond(HttpStatus.CREATED, result).location(URI.create(location)).body(result);
    }

    public static ResponseEntity<CommandResult> ok(CommandResult result) {
        return respond(HttpStatus.OK, result).body(result);
    }

    private static ResponseEntity.BodyBuilder respond(HttpStatus status, CommandResult result) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).eTag(IfMatch.etag(result.version()));
        if (result.replayed()) {
            builder.header(REPLAYED_HEADER, "true");
        }
        return builder;
    }
}
