package org.tclifecycle.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.EngineRest;
import org.tclifecycle.TestData;
import org.tclifecycle.IntegrationTest;

/**
 * The consultation's own words on its forms (the stage, the kinds of actors required and missing, the actors as
 * the registry describes them) read in the reader's language, as Tasklist reads a task's form variables; the
 * values submitted are the same in every language, and actors' names are still escaped as typed text.
 */
@IntegrationTest
class ConsultationFormsInFrenchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  JsonNode formVariables(JsonNode task, String acceptLanguage) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("officer1", EngineRest.DEMO_PASSWORD);
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    JsonNode variables = rest.ok(http.exchange("http://localhost:" + port + "/engine-rest/task/" + task.get("id").asText()
        + "/form-variables?deserializeValues=false", HttpMethod.GET, new HttpEntity<>(headers), String.class));
    List<String> names = new ArrayList<>();
    variables.fieldNames().forEachRemaining(names::add);
    assertThat(names).as("no variable of another language in the answer").noneMatch(name -> name.contains("__"));
    return variables;
  }

  static String text(JsonNode variables, String name) {
    assertThat(variables.has(name)).as(name).isTrue();
    return variables.get(name).get("value").asText().replace("\\", "");
  }

  /** "label = value" of each option of an option list variable. */
  static List<String> options(JsonNode variables, String name) throws Exception {
    List<String> options = new ArrayList<>();
    JSON.readTree(variables.get(name).get("value").asText()).forEach(o -> options.add(o.get("label").asText() + " = " + o.get("value").asText()));
    return options;
  }

  @Test
  void aFrenchOfficerReadsTheConsultationsFormsInFrench() throws Exception {
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.recommendationFor("KE")));
    String key = rest.projectAtAssessmentConsultation(request);
    JsonNode plan = rest.task("officer1", key, "Task_PlanConsultation");

    JsonNode french = formVariables(plan, "fr-FR,fr;q=0.9");
    JsonNode english = formVariables(plan, null);
    assertThat(text(french, "consultationStageName")).isEqualTo("évaluation des besoins");
    assertThat(text(english, "consultationStageName")).isEqualTo("assessment");
    assertThat(text(french, "requiredActorTypes")).isEqualTo("gouvernement, pouvoir judiciaire, INDH, société civile");
    assertThat(text(english, "requiredActorTypes")).isEqualTo("government, judiciary, NHRI, civil society");
    List<String> frenchOptions = options(french, "actorOptions");
    List<String> englishOptions = options(english, "actorOptions");
    assertThat(frenchOptions).anyMatch(o -> o.startsWith("National Human Rights Commission (demo) (INDH, statut A) = "))
        .anyMatch(o -> o.startsWith("Ministry of Justice (demo) (gouvernement) = "));
    assertThat(englishOptions).anyMatch(o -> o.startsWith("National Human Rights Commission (demo) (NHRI, A status) = "));
    assertThat(frenchOptions.stream().map(o -> o.substring(o.lastIndexOf(" = "))).toList())
        .as("the same values in every language").isEqualTo(englishOptions.stream().map(o -> o.substring(o.lastIndexOf(" = "))).toList());

    List<String> invited = new ArrayList<>();
    JSON.readTree(english.get("actorOptions").get("value").asText()).forEach(option -> {
      String label = option.get("label").asText();
      if (label.startsWith("Ministry of Justice (demo)") || label.startsWith("National Human Rights Commission (demo)")) {
        invited.add(option.get("value").asText());
      }
    });
    rest.work("officer1", key, "Task_PlanConsultation", Map.of("invitedActors", invited));
    List<JsonNode> inputs = rest.tasks("officer1", key).stream()
        .filter(t -> t.get("taskDefinitionKey").asText().equals("Task_RecordActorInput")).toList();
    assertThat(inputs).hasSize(2);
    JsonNode government = inputs.stream().filter(t -> t.get("name").asText().contains("Ministry of Justice")).findFirst().orElseThrow();
    JsonNode frenchInput = formVariables(government, "fr");
    assertThat(frenchInput.get("actorName").get("value").asText()).as("the name is escaped as typed text in French too")
        .isEqualTo("Ministry of Justice \\(demo\\) \\(gouvernement\\)");
    assertThat(text(frenchInput, "consultationStageName")).isEqualTo("évaluation des besoins");
    assertThat(options(frenchInput, "jointActorsOptions")).singleElement().asString()
        .startsWith("National Human Rights Commission (demo) (INDH, statut A) = ");
    assertThat(text(formVariables(government, null), "actorName")).isEqualTo("Ministry of Justice (demo) (government)");

    for (JsonNode input : inputs) {
      rest.ok(rest.claim("officer1", input.get("id").asText()));
      rest.ok(rest.complete("officer1", input.get("id").asText(), TestData.actorInput()));
    }
    rest.awaitTask(key, "Task_ResolveMissingActors");
    JsonNode resolve = rest.task("officer1", key, "Task_ResolveMissingActors");
    JsonNode frenchResolve = formVariables(resolve, "fr");
    assertThat(text(frenchResolve, "missingActorTypes")).isEqualTo("pouvoir judiciaire, société civile");
    assertThat(text(frenchResolve, "consultationStageName")).isEqualTo("évaluation des besoins");
    JsonNode englishResolve = formVariables(resolve, null);
    assertThat(text(englishResolve, "missingActorTypes")).isEqualTo("judiciary, civil society");
    assertThat(text(englishResolve, "consultationStageName")).isEqualTo("assessment");

    assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where proc_inst_id_ = ? and name_ like '%\\_\\_fr' escape '\\'",
        Integer.class, resolve.get("processInstanceId").asText())).as("history keeps no translation").isZero();

    // Camunda's variable queries show no language copy either; a variable reads in the caller's language
    String instance = resolve.get("processInstanceId").asText();
    String translationId = runtime.createVariableInstanceQuery().processInstanceIdIn(instance).variableName("missingActorTypes__fr")
        .singleResult().getId();
    JsonNode frenchList = asAdmin(HttpMethod.GET, "/variable-instance?maxResults=100&processInstanceIdIn=" + instance, "fr", null);
    assertThat(frenchList.findValuesAsText("name")).contains("missingActorTypes").noneMatch(name -> name.contains("__"));
    assertThat(valueOf(frenchList, "missingActorTypes")).isEqualTo("pouvoir judiciaire, société civile");
    JsonNode englishList = asAdmin(HttpMethod.POST, "/variable-instance?maxResults=100", null, Map.of("processInstanceIdIn", List.of(instance)));
    assertThat(englishList.findValuesAsText("name")).contains("missingActorTypes").noneMatch(name -> name.contains("__"));
    assertThat(valueOf(englishList, "missingActorTypes")).isEqualTo("judiciary, civil society");
    assertThat(asAdmin(HttpMethod.GET, "/history/variable-instance?maxResults=100&processInstanceId=" + instance, "fr", null).findValuesAsText("name"))
        .contains("missingActorTypes").noneMatch(name -> name.contains("__"));
    assertThat(exchangeAsAdmin(HttpMethod.GET, "/variable-instance/" + translationId, null, null).getStatusCode().value())
        .as("a copy is not found by its id").isEqualTo(404);
    // the path as the engine routes it: a trailing slash shows no copy either; an encoded letter is not routed at all
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("admin", EngineRest.password("admin"));
    ResponseEntity<String> slash = http.exchange(java.net.URI.create("http://localhost:" + port
        + "/engine-rest/variable-instance/?maxResults=100&processInstanceIdIn=" + instance), HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(slash.getStatusCode().value()).isEqualTo(200);
    assertThat(EngineRest.json(slash).findValuesAsText("name")).contains("missingActorTypes").noneMatch(name -> name.contains("__"));
    ResponseEntity<String> encoded = http.exchange(java.net.URI.create("http://localhost:" + port
        + "/engine-rest/variable-instanc%65?maxResults=100&processInstanceIdIn=" + instance), HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(encoded.getStatusCode().value()).isEqualTo(404);
  }

  @Autowired org.camunda.bpm.engine.RuntimeService runtime;

  ResponseEntity<String> exchangeAsAdmin(HttpMethod method, String path, String acceptLanguage, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("admin", EngineRest.password("admin"));
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    return http.exchange("http://localhost:" + port + "/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
  }

  JsonNode asAdmin(HttpMethod method, String path, String acceptLanguage, Object body) {
    return rest.ok(exchangeAsAdmin(method, path, acceptLanguage, body));
  }

  static String valueOf(JsonNode variables, String name) {
    for (JsonNode variable : variables) {
      if (variable.get("name").asText().equals(name)) {
        return variable.get("value").asText();
      }
    }
    throw new AssertionError("no variable " + name + " in " + variables);
  }
}
