package org.innovationledger.command.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.innovationledger.api.common.ErrorCode;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command API's OpenAPI description: the headers every write understands and the problem responses every
 * write can give, declared once here rather than on each endpoint.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(RequestContext.class);
    }

    @Bean
    OpenAPI commandApi() {
        return new OpenAPI().info(new Info()
                .title("Innovation Ledger — command API (命令接口)")
                .version("1")
                .description("Writes: register studios, alliances, patents and \"五小\" achievements and record what "
                        + "they do. Each answer names the record and its new version (also the ETag). Reads are served "
                        + "by the query side under the same paths. Errors are application/problem+json with a stable "
                        + "`code`: "
                        + Arrays.toString(ErrorCode.values())));
    }

    @Bean
    OpenApiCustomizer commonWriteHeadersAndProblems() {
        return api -> api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
            if (method != PathItem.HttpMethod.GET) {
                describeWrite(operation);
            }
        }));
    }

    private static void describeWrite(Operation operation) {
        operation.addParametersItem(header("If-Match",
                "The version last read (ETag, e.g. \"3\"); the change is refused with 412 if the record moved on"));
        operation.addParametersItem(header("Idempotency-Key",
                "Any unique string chosen by the client; a retry with the same key is applied once and answers "
                        + "with the first result (header Idempotent-Replayed: true)"));
        operation.addParametersItem(header(CorrelationAndSizeLimitFilter.CORRELATION_HEADER,
                "Correlation id stored with every event of this request; generated when absent"));
        problems().forEach((status, description) -> operation.getResponses().addApiResponse(status,
                new ApiResponse().description(description).content(new Content().addMediaType(
                        "application/problem+json", new MediaType().schema(problemSchema())))));
    }

    private static HeaderParameter header(String name, String description) {
        HeaderParameter parameter = new HeaderParameter();
        parameter.setName(name);
        parameter.setDescription(description);
        parameter.setRequired(false);
        parameter.setSchema(new StringSchema());
        return parameter;
    }

    private static Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "MALFORMED_REQUEST or VALIDATION_FAILED; `errors` lists every invalid field");
        problems.put("404", "NOT_FOUND: no record with this id");
        problems.put("409", "A business rule forbids this change now (the `code` names the rule), or "
                + "CONCURRENT_MODIFICATION");
        problems.put("412", "VERSION_MISMATCH: If-Match names an old version; `currentVersion` is the current one");
        problems.put("413", "PAYLOAD_TOO_LARGE");
        problems.put("422", "IDEMPOTENCY_KEY_REUSED: the key was first used for a different request");
        return problems;
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new Schema<>().type("object")
                .addProperty("type", new StringSchema().example("urn:innovation-ledger:problem:studio-suspended"))
                .addProperty("title", new StringSchema().example(ErrorCode.STUDIO_SUSPENDED.title()))
                .addProperty("status", new Schema<Integer>().type("integer").example(409))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().example("/api/studios/6f1c…/grants"))
                .addProperty("code", new StringSchema().example("STUDIO_SUSPENDED"))
                .addProperty("correlationId", new StringSchema())
                .addProperty("errors", new Schema<>().type("array").description("invalid fields: {field, message}"));
    }
}
