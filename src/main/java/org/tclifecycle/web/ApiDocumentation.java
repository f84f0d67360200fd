package org.tclifecycle.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The OpenAPI document of {@code /api}: its title and version, HTTP Basic as its security scheme (Swagger UI's
 * Authorize button), and on every operation the problem+json answers the web layer gives (400 naming the
 * fields, 401, 403, 404 for a path with an id, 409 where a write can conflict, 429 after failed logins, 503
 * while the database is down), so that a client knows every status it may meet.
 */
@Configuration
class ApiDocumentation {

  static final String PROBLEM = "Problem";
  static final String BASIC = "basicAuth";
  private static final String PROBLEM_JSON = "application/problem+json";

  @Bean
  OpenAPI tcLifecycleApi() {
    return new OpenAPI()
        .info(new Info().title("TC Lifecycle API").version("1.0")
            .description("Technical cooperation in human rights (Human Rights Council resolution 21/21): requests and "
                + "consent from States' systems, projects, funding, recommendations and reports. Every call is "
                + "authenticated with HTTP Basic; an external system's account acts only for its own States.")
            .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("The account's Camunda user name and password")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  /** Realistic request bodies, one per schema a client sends, kept together in {@code openapi/examples.json}. */
  @Bean
  OpenApiCustomizer requestExamples(ObjectMapper json) throws IOException {
    Map<String, Object> examples;
    try (InputStream in = new ClassPathResource("openapi/examples.json").getInputStream()) {
      examples = json.readValue(in, new TypeReference<Map<String, Object>>() {});
    }
    return api -> examples.forEach((name, example) -> {
      Schema<?> schema = api.getComponents().getSchemas() == null ? null : api.getComponents().getSchemas().get(name);
      if (schema != null) {
        schema.setExample(example);
      }
    });
  }

  @Bean
  OpenApiCustomizer problemAnswers() {
    return api -> {
      // added here rather than on the document bean: springdoc replaces the bean's schemas with those it finds
      api.getComponents().addSchemas(PROBLEM, problemSchema());
      api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
          addProblems(path, method, operation)));
    };
  }

  private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
    ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    boolean takesInput = operation.getRequestBody() != null
        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    if (takesInput) {
      add(responses, "400", "Invalid input: the problem lists each field and what is wrong with it",
          problem(400, "Invalid input", "countryCode must be an ISO 3166-1 alpha-2 country code, such as KE",
              Map.of("field", "countryCode", "message", "must be an ISO 3166-1 alpha-2 country code, such as KE")));
    }
    add(responses, "401", "No or wrong credentials", problem(401, "Unauthorized", "Full authentication is required", null));
    add(responses, "403", "The account's role or States do not allow this",
        problem(403, "Forbidden", "only OHCHR managers may do this", null));
    if (path.contains("{")) {
      add(responses, "404", "Not found, or belongs to a State the account does not act for",
          problem(404, "Not Found", "Project TC-2026-0001 not found", null));
    }
    if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
      add(responses, "409", "Conflicts with the record's current state or with a concurrent change; try again",
          problem(409, "Conflict", "The project is no longer waiting for this", null));
    }
    add(responses, "429", "Too many failed logins from this account or address; see Retry-After",
        problem(429, "Too Many Requests", "Too many failed logins; try again later", null));
    add(responses, "503", "The database is unreachable; see Retry-After",
        problem(503, "Service Unavailable", "The database is unreachable; try again shortly", null));
    operation.setResponses(responses);
  }

  private static void add(ApiResponses responses, String status, String description, Example example) {
    if (responses.containsKey(status)) {
      return;
    }
    responses.addApiResponse(status, new ApiResponse().description(description)
        .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
            .addExamples("example", example))));
  }

  private static Example problem(int status, String title, String detail, Map<String, String> error) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    if (error != null) {
      body.put("errors", java.util.List.of(error));
      body.put("errorCount", 1);
    }
    return new Example().value(body);
  }

  /** RFC 9457 problem details, with the fields of an invalid input. */
  private static Schema<?> problemSchema() {
    ObjectSchema error = new ObjectSchema();
    error.addProperty("field", new StringSchema().description("the field's key in the request").example("countryCode"));
    error.addProperty("label", new StringSchema()
        .description("the field's label on the form the body fills, in the caller's language (bodies that are a form's)").example("Requesting State"));
    error.addProperty("message", new StringSchema().description("what is wrong with it, in words, in the caller's language"));
    ObjectSchema problem = new ObjectSchema();
    problem.description("A refusal (RFC 9457 problem details)");
    problem.addProperty("type", new StringSchema().example("about:blank"));
    problem.addProperty("title", new StringSchema().example("Invalid input"));
    problem.addProperty("status", new IntegerSchema().example(400));
    problem.addProperty("detail", new StringSchema().description("the refusal in words"));
    problem.addProperty("instance", new StringSchema().description("the path called"));
    problem.addProperty("errors", new ArraySchema().items(error).description("the first problems found, one per field"));
    problem.addProperty("errorCount", new IntegerSchema().description("how many problems there were in all"));
    return problem;
  }
}
