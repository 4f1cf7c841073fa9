package org.trackone.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API, served at {@code /api/v1/openapi.json} and
 * browsable at {@code /api/v1/docs}. Modules describe their own resources (tags,
 * operations, schemas); this adds what all of them share: the title, the two ways to
 * authenticate, and the problem details every operation may answer with.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";
    static final String SESSION = "session";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI trackoneApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("trackone API")
                        .version("v1")
                        .description("""
                                The REST API of trackone, the platform a multilateral security framework runs on: \
                                its participants, bodies, formats, memberships and the record of proposals.

                                **Authentication.** Every operation needs an account. A program sends an API token \
                                as `Authorization: Bearer <token>` (issue one on your account page, `/account`). \
                                A browser signed in to trackone is authenticated by its session cookie; changes \
                                made with a session also need the page's CSRF token, so programs use a token.

                                **Permissions.** Anyone signed in reads. Only the secretariat creates and edits \
                                (403 otherwise). Notes on memberships of bodies whose records are not public are \
                                shown to the secretariat, delegates and experts only.

                                **Lists** are paginated: `page` (from 0, default 0) and `size` (1 to 200, default \
                                50); the answer is `{items, page, size, total}`.

                                **Dates** are as precise as the record: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.

                                **Errors** are RFC 9457 problem details (`application/problem+json`). A body that \
                                cannot be read (not JSON, a wrong type, an unknown enum name, a date that is not \
                                a date) is 400; input that is read but breaks a rule is 422. Either way `errors` \
                                names each field at fault and why, and nothing is written."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("An API token issued on your account page (/account), sent as "
                                        + "'Authorization: Bearer <token>'. Tokens begin with t1_."))
                        .addSecuritySchemes(SESSION, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE)
                                .name("JSESSIONID")
                                .description("The session of a browser signed in at /sign-in. Changes also need "
                                        + "the CSRF token of a trackone page.")))
                .security(List.of(new SecurityRequirement().addList(BEARER),
                        new SecurityRequirement().addList(SESSION)));
    }

    /** The problem details every operation may answer with, documented once here rather than on each operation. */
    @Bean
    OpenApiCustomizer standardProblems() {
        return api -> {
            Map<String, Schema> schemas = ModelConverters.getInstance().readAll(ApiProblem.class);
            schemas.forEach((name, schema) -> api.getComponents().addSchemas(name, schema));
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    addProblems(path, method, operation)));
            sortForReading(api);
        };
    }

    /** Resources by tag name, and within each the collection before its items, whatever order the beans came in. */
    private static void sortForReading(OpenAPI api) {
        Paths sorted = new Paths();
        api.getPaths().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> sorted.addPathItem(entry.getKey(), entry.getValue()));
        sorted.setExtensions(api.getPaths().getExtensions());
        api.setPaths(sorted);
        if (api.getTags() != null) {
            api.setTags(new ArrayList<>(api.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList()));
        }
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasQuery = parameters.stream().anyMatch(p -> "query".equals(p.getIn()));
        boolean hasTypedPath = parameters.stream().anyMatch(p -> "path".equals(p.getIn()) && !isString(p.getSchema()));
        responses.remove("400");
        responses.remove("422");
        if (hasBody || hasQuery || hasTypedPath) {
            responses.put("400", problem("The input cannot be read: not JSON, a wrong type, an unknown enum name, "
                    + "or a value such as a date that is not of its form."));
        }
        if (hasBody || hasQuery) {
            responses.put("422", problem("The input was read but is not valid or breaks a rule; nothing was "
                    + "written."));
        }
        responses.put("401", problem("Not signed in, or the API token is unknown or revoked."));
        if (writes) {
            responses.put("403", problem("The account may not do this: only the secretariat writes."));
        } else {
            responses.remove("403");
        }
        if (path.contains("{")) {
            responses.put("404", problem("Nothing exists at this address."));
        } else {
            responses.remove("404");
        }
        responses.remove("405");
        responses.remove("415");
        if (operation.getRequestBody() != null) {
            responses.put("415", problem("The body is not sent as application/json."));
        }
        operation.setResponses(responses);
    }

    /** Whether a parameter takes any text, in OpenAPI 3.0 ({@code type}) or 3.1 ({@code types}) terms. */
    private static boolean isString(@Nullable Schema<?> schema) {
        return schema == null || "string".equals(schema.getType())
                || (schema.getTypes() != null && schema.getTypes().equals(Set.of("string")));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }
}
