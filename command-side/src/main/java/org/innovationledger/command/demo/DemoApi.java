package org.innovationledger.command.demo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The command side's own REST API, called over HTTP like any client, so that every rule, every audit field and
 * idempotency apply to the demo exactly as to a user. Every write carries an {@code Idempotency-Key} derived from
 * the demo step (a second run replays instead of writing) and the demo's correlation id.
 */
final class DemoApi {

    /** What a write answered: the record's id and version, and the id of the entity it created, if any. */
    record Written(String id, long version, String entityId, boolean replayed) {
    }

    /** A demo step the API refused: a bug in the demo, never expected. */
    static final class StepRefused extends RuntimeException {

        StepRefused(String key, String method, String path, int status, String body) {
            super("demo step " + key + " (" + method + " " + path + ") was refused: " + status + " " + body, null,
                  false, false);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                                .connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json;
    private final String baseUrl;
    private final String correlationId;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger replays = new AtomicInteger();

    DemoApi(JsonMapper json, String baseUrl, String correlationId) {
        this.json = json;
        this.baseUrl = baseUrl;
        this.correlationId = correlationId;
    }

    Written post(String key, String path, Object body) {
        return send(key, "POST", path, body, false).orElseThrow();
    }

    Written put(String key, String path, Object body) {
        return send(key, "PUT", path, body, false).orElseThrow();
    }

    /** A write to an endpoint that may not exist in this version: empty when it answers 404 or 405. */
    Optional<Written> postIfAvailable(String key, String path, Object body) {
        return send(key, "POST", path, body, true);
    }

    int requests() {
        return requests.get();
    }

    int replays() {
        return replays.get();
    }

    private Optional<Written> send(String key, String method, String path, Object body, boolean mayBeMissing) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                                         .header("Content-Type", "application/json")
                                         .header("Idempotency-Key", key)
                                         .header("X-Correlation-Id", correlationId)
                                         .method(method, HttpRequest.BodyPublishers.ofString(
                                                 json.writeValueAsString(body)))
                                         .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StepRefused(key, method, path, 0, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepRefused(key, method, path, 0, "interrupted");
        }
        requests.incrementAndGet();
        int status = response.statusCode();
        if (mayBeMissing && (status == 404 || status == 405)) {
            return Optional.empty();
        }
        if (status != 200 && status != 201) {
            throw new StepRefused(key, method, path, status, response.body());
        }
        boolean replayed = response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false);
        if (replayed) {
            replays.incrementAndGet();
        }
        JsonNode result = json.readTree(response.body());
        JsonNode entityId = result.get("entityId");
        return Optional.of(new Written(result.get("id").asString(), result.get("version").asLong(),
                                       entityId == null || entityId.isNull() ? null : entityId.asString(), replayed));
    }
}
