package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;

/**
 * The OpenAPI document of /api, as Swagger UI and client generators read it: valid for a parser that checks
 * the OpenAPI 3 rules, titled, with HTTP Basic to authorize, operations grouped by resource, every status a
 * client may meet with its problem body, and request examples that the API itself accepts.
 */
@IntegrationTest
class OpenApiDocumentTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  EngineRest rest;
  String document;
  OpenAPI api;

  @BeforeEach
  void read() {
    rest = new EngineRest(http, port);
    ResponseEntity<String> response = rest.api("officer1", HttpMethod.GET, "/v3/api-docs", null);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    document = response.getBody();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
    assertThat(parsed.getMessages()).as("what the validator finds wrong").isEmpty();
    api = parsed.getOpenAPI();
  }

  @Test
  void theDocumentIsTitledAndTellsHowToAuthenticate() {
    assertThat(api.getInfo().getTitle()).isEqualTo("TC Lifecycle API");
    assertThat(api.getInfo().getVersion()).isEqualTo("1.0");
    SecurityScheme basic = api.getComponents().getSecuritySchemes().get("basicAuth");
    assertThat(basic.getType()).isEqualTo(SecurityScheme.Type.HTTP);
    assertThat(basic.getScheme()).isEqualTo("basic");
    assertThat(api.getSecurity()).anyMatch(requirement -> requirement.containsKey("basicAuth"));
  }

  @Test
  void operationsAreGroupedByResourceNotByJavaClass() {
    List<String> tags = new ArrayList<>();
    eachOperation((where, operation) -> {
      assertThat(operation.getTags()).as(where).isNotEmpty();
      tags.addAll(operation.getTags());
    });
    assertThat(tags).noneMatch(tag -> tag.endsWith("-controller"))
        .contains("Requests", "Consent", "Projects", "Funding", "Recommendation registry", "Reports");
  }

  @Test
  void everyOperationDocumentsTheProblemsItMayAnswer() {
    eachOperation((where, operation) -> {
      List<String> statuses = new ArrayList<>(List.of("401", "403", "429", "503"));
      if (operation.getRequestBody() != null || (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
        statuses.add("400");
      }
      if (where.contains("{")) {
        statuses.add("404");
      }
      for (String status : statuses) {
        ApiResponse answer = operation.getResponses().get(status);
        assertThat(answer).as(where + " answers " + status).isNotNull();
        MediaType problem = answer.getContent().get("application/problem+json");
        assertThat(problem).as(where + " " + status + " as problem+json").isNotNull();
        assertThat(problem.getSchema().getProperties()).as("resolved Problem schema").containsKeys("title", "status", "detail", "errors");
      }
    });
  }

  @Test
  void whatCreatesARecordAnswers201() {
    for (String path : List.of("/api/requests", "/api/actors", "/api/funds/envelopes", "/api/panels/{panelId}/contributions",
        "/api/recommendations/imports")) {
      Operation post = api.getPaths().get(path).getPost();
      assertThat(post.getResponses()).as(path).containsKey("201").doesNotContainKey("200");
    }
  }

  @Test
  void requestBodiesCarryRealisticExamplesThatTheApiAccepts() throws Exception {
    JsonNode raw = new ObjectMapper().readTree(document);
    eachOperation((where, operation) -> {
      if (operation.getRequestBody() == null || operation.getRequestBody().getContent().get("application/json") == null) {
        return;
      }
      Object example = operation.getRequestBody().getContent().get("application/json").getSchema().getExample();
      assertThat(example).as(where + " has an example body").isNotNull();
      assertThat(example.toString()).as(where).doesNotContain("\"string\"", "=string");
    });
    JsonNode request = raw.at("/components/schemas/CooperationRequest/example");
    ResponseEntity<String> created = rest.api("external1", HttpMethod.POST, "/api/requests", request);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
  }

  private void eachOperation(BiConsumer<String, Operation> check) {
    assertThat(api.getPaths()).isNotEmpty();
    api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((PathItem.HttpMethod method, Operation operation) ->
        check.accept(method + " " + path, operation)));
  }
}
