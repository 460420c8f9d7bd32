package org.innovationledger.command.testing;

import org.innovationledger.command.CommandSideApplication;
import org.innovationledger.eventstore.MongoEventStorageEngine;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side as it runs, driven over HTTP: one application (embedded store in a temporary folder, random
 * ports) started by the first test class that asks for it and closed once every test of the run has finished, and the
 * helpers those tests share to send requests and check the answers.
 *
 * <p>A test class declares {@code @ExtendWith(CommandSideOverHttp.class)} and imports the helpers statically. The
 * store is shared by every such class, so a test works only with what it creates itself: ids the command side hands
 * out are fresh anyway, but ids a request names (a patent's application number, a policy id) must not be used by
 * another class, and no test may count what the whole store holds.
 */
public final class CommandSideOverHttp implements BeforeAllCallback {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static volatile Running running;

    /** Starts the application unless a class before has; JUnit closes it with its root store at the end of the run. */
    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(ExtensionContext.Namespace.create(CommandSideOverHttp.class))
                         .computeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    /** An answer of the command side, with its status first so that a failed assertion shows what came back. */
    public record Response(int status, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        public long version() {
            return json().get("version").asLong();
        }

        @Override
        public String toString() {
            return raw.request().method() + " " + raw.request().uri().getPath() + " → " + status + " " + raw.body();
        }
    }

    /** POSTs the body as JSON to the path under /api. */
    public static Response post(String path, Object body) {
        return send(request(path, body));
    }

    public static Response put(String path, Object body) {
        return send(request(path, "PUT", body));
    }

    /** A POST of the body as JSON to the path under /api, to add headers to before {@link #send sending} it. */
    public static HttpRequest.Builder request(String path, Object body) {
        return request(path, "POST", body);
    }

    public static HttpRequest.Builder request(String path, String method, Object body) {
        return HttpRequest.newBuilder(URI.create(running().api() + path))
                          .header("Content-Type", "application/json")
                          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    public static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                                                        HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The OpenAPI description of the whole API, as the command side serves it. */
    public static Response apiDescription() {
        return send(HttpRequest.newBuilder(URI.create(running().api().replace("/api", "/v3/api-docs"))).GET());
    }

    /** Asserts a 200 and returns the response. */
    public static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    /** POSTs the body to the path and asserts a 200. */
    public static Response ok(String path, Object body) {
        return ok(post(path, body));
    }

    /** Asserts a 201 whose Location is under the given path and ends with the new entity's id; returns the id. */
    public static String created(Response response, String under) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String entityId = response.json().get("entityId").asString();
        assertThat(response.header("Location")).endsWith("/api" + under + entityId);
        return entityId;
    }

    /** Asserts problem details with the given status and code; returns the response to look further into. */
    public static Response problem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).as(response.toString()).isEqualTo(code);
        return response;
    }

    /** The fields a validation problem names. */
    public static Set<String> fields(Response response) {
        Set<String> fields = new HashSet<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    /** How many events the store holds for the aggregate. */
    public static long eventsOf(String aggregateId) {
        return running().application().getBean(MongoEventStorageEngine.class)
                        .readEvents(aggregateId, 0).asStream().count();
    }

    /** A JSON object of the keys and values in turn, in that order and open to changes. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Running running() {
        Running current = running;
        if (current == null) {
            throw new IllegalStateException("the command side is not running: annotate the test class with "
                                            + "@ExtendWith(CommandSideOverHttp.class)");
        }
        return current;
    }

    private record Running(Path dataDir, ConfigurableApplicationContext application, String api)
            implements AutoCloseable {

        static Running start() {
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("command-side-over-http-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ConfigurableApplicationContext application = new SpringApplicationBuilder(CommandSideApplication.class)
                    .run("--server.port=0", "--ledger.store.data-dir=" + dataDir, "--ledger.store.embedded-port=0",
                         "--axon.update-check.disabled=true");
            String api = "http://localhost:" + application.getEnvironment().getProperty("local.server.port") + "/api";
            return new Running(dataDir, application, api);
        }

        @Override
        public void close() throws IOException {
            running = null;
            application.close();
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
