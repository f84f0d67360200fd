package org.tclifecycle.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.tclifecycle.project.ProjectRepository;

/**
 * Consultation of national actors at each stage (resolution 21/21 §8, §16) through the API and the engine's
 * REST API, as officers, managers and partners' systems use them.
 */
@IntegrationTest
class InclusiveConsultationTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ProjectRepository projects;
  @Autowired org.tclifecycle.project.JournalRepository journal;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  // ----- registry -----

  @Test
  void theRegistryRefusesAnIncompleteActorNamingEveryField() {
    Map<String, Object> nhri = actor("KE", "NHRI", "Commission without status");
    ResponseEntity<String> refused = api("officer1", HttpMethod.POST, "/api/actors", nhri);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(fields(refused)).containsExactlyInAnyOrder("ganhriStatus");

    Map<String, Object> bad = actor("XX", "CIVIL_SOCIETY", "<b>Group</b>");
    bad.put("ganhriStatus", "A");
    assertThat(fields(api("officer1", HttpMethod.POST, "/api/actors", bad)))
        .containsExactlyInAnyOrder("countryCode", "name", "ganhriStatus", "accreditedOn", "focusAreas");

    Map<String, Object> accredited = actor("GH", "NHRI", "Commission on Human Rights and Administrative Justice (test)");
    accredited.put("ganhriStatus", "A");
    accredited.put("accreditedOn", "2019-05-01");
    ResponseEntity<String> created = api("officer1", HttpMethod.POST, "/api/actors", accredited);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    assertThat(created.getHeaders().getLocation()).isNotNull();
    assertThat(fields(api("manager1", HttpMethod.POST, "/api/actors", accredited))).as("the same name twice").containsExactly("name");
    assertThat(api("external1", HttpMethod.POST, "/api/actors", actor("KE", "GOVERNMENT", "Ministry (by a partner)")).getStatusCode().value())
        .isEqualTo(403);
    assertThat(api("external1", HttpMethod.GET, "/api/actors?country=KE", null).getStatusCode().value()).isEqualTo(200);
    assertThat(api("external2", HttpMethod.GET, "/api/actors?country=KE", null).getStatusCode().value())
        .as("a partner bound to another State").isEqualTo(403);
  }

  // ----- consultation paths -----

  @Test
  void missingJudiciaryAndCivilSocietyAreInvitedInASecondPlanUntilCovered() {
    String key = atAssessmentConsultation("KE");
    assertThat(planVariable(key, "requiredActorTypes")).as("the rule is shown before it bites")
        .isEqualTo("government, judiciary, NHRI, civil society");
    assertThat(planVariable(key, "consultationStageName")).isEqualTo("assessment");
    assertThat(planVariable(key, "alreadyHeard")).as("nobody heard yet").isNull();
    plan("officer1", key, actorIds("KE", "GOVERNMENT", "NHRI"));
    List<JsonNode> inputs = actorTasks(key);
    assertThat(inputs).hasSize(2);
    assertThat(inputs).extracting(t -> t.get("name").asText()).containsExactlyInAnyOrder(
        "Record input of Ministry of Justice (demo): " + key + " (Kenya)", "Record input of National Human Rights Commission (demo): " + key + " (Kenya)");
    recordAll(key, TestData.actorInput());

    awaitTask(key, "Task_ResolveMissingActors");
    assertThat(variable(key, ConsultationVariables.MISSING_ACTOR_TYPES)).isEqualTo("judiciary, civil society");
    rest.work("officer1", key, "Task_ResolveMissingActors", Map.of(ConsultationVariables.MISSING_ACTORS_RESOLUTION, "INVITE_MORE"));
    awaitTask(key, "Task_PlanConsultation");
    // the form receives the names with Markdown characters escaped (input/PlainTextInForms): they read as typed
    assertThat(((String) planVariable(key, "alreadyHeard")).replace("\\", "")).as("the second round shows who was heard in the first")
        .contains("Ministry of Justice (demo) (government)").contains("National Human Rights Commission (demo) (NHRI");
    List<Long> more = new ArrayList<>(actorIds("KE", "JUDICIARY", "CIVIL_SOCIETY"));
    more.addAll(actorIds("KE", "GOVERNMENT"));
    plan("officer1", key, more);
    assertThat(actorTasks(key)).as("only the newly invited, not the government again").hasSize(3);
    recordAll(key, TestData.actorInput());
    awaitTask(key, "Task_DesignProject");

    JsonNode rounds = Api.read(api("external1", HttpMethod.GET, "/api/projects/" + key + "/consultations", null));
    assertThat(rounds).hasSize(1);
    assertThat(rounds.get(0).get("stage").asText()).isEqualTo("ASSESSMENT");
    assertThat(rounds.get(0).get("outcome").asText()).isEqualTo("COVERED");
    assertThat(texts(rounds.get(0).get("actorTypesHeard"))).containsExactly("GOVERNMENT", "JUDICIARY", "NHRI", "CIVIL_SOCIETY");
    assertThat(rounds.get(0).get("invited")).hasSize(5);
    assertThat(rounds.get(0).get("participants").asInt()).isEqualTo(5 * 12);
  }

  @Test
  void aDeclinedActorAndADeadlineWithoutAnswerLeaveAnExceptionThatOnlyAnotherManagerMayApprove() {
    User both = identity.newUser("officer9");
    both.setPassword(EngineRest.DEMO_PASSWORD);
    identity.saveUser(both);
    identity.createMembership("officer9", "tc-officers");
    identity.createMembership("officer9", "tc-managers");
    String key = atAssessmentConsultation("SN");
    plan("officer9", key, actorIds("SN", "GOVERNMENT", "JUDICIARY", "NHRI", "CIVIL_SOCIETY"));
    String instance = consultationInstance(key);
    List<JsonNode> inputs = actorTasks(key);
    JsonNode coalition = inputs.stream().filter(t -> t.get("name").asText().contains("Women's Rights Coalition")).findFirst().orElseThrow();
    JsonNode legalAid = inputs.stream().filter(t -> t.get("name").asText().contains("Legal Aid Network")).findFirst().orElseThrow();
    Map<String, Object> declined = new HashMap<>(Map.of("actorResponse", "DECLINED", "noInputReason", "Boycotts the process."));
    Map<String, Object> missingReason = new HashMap<>(declined);
    missingReason.remove("noInputReason");
    assertRefused(complete("officer9", coalition, missingReason), 400, "noInputReason");
    Map<String, Object> noParticipants = new HashMap<>(TestData.actorInput());
    noParticipants.putAll(Map.of("participantsWomen", 0, "participantsMen", 0, "participantsOther", 0));
    assertRefused(complete("officer9", inputs.get(0), noParticipants), 400, "participantsWomen");

    // the civil-society organisations decline and do not answer; the others give input
    assertThat(complete("officer9", coalition, declined).getStatusCode().value()).isEqualTo(204);
    for (JsonNode input : inputs) {
      if (input != coalition && input != legalAid) {
        assertThat(complete("officer9", input, TestData.actorInput()).getStatusCode().value()).isEqualTo(204);
      }
    }
    Job deadline = management.createJobQuery().processInstanceId(instance).activityId("Event_ActorDeadlinePassed")
        .executionId(legalAid.get("executionId").asText()).singleResult();
    management.executeJob(deadline.getId());

    awaitTask(key, "Task_ResolveMissingActors");
    assertThat(variable(key, ConsultationVariables.MISSING_ACTOR_TYPES)).isEqualTo("civil society");
    assertRefused(complete("officer9", rest.task("officer9", key, "Task_ResolveMissingActors"),
        Map.of(ConsultationVariables.MISSING_ACTORS_RESOLUTION, "REQUEST_EXCEPTION")), 400, "exceptionJustification");
    rest.work("officer9", key, "Task_ResolveMissingActors", Map.of(ConsultationVariables.MISSING_ACTORS_RESOLUTION, "REQUEST_EXCEPTION",
        ConsultationVariables.EXCEPTION_JUSTIFICATION, "Civil society declined; its written positions are on file."));

    awaitTask(key, "Task_DecideException");
    String decision = rest.task("manager1", key, "Task_DecideException").get("id").asText();
    assertThat(rest.task("officer1", key, "Task_DecideException", false)).as("an officer does not see the manager's task").isNull();
    assertRefused(rest.claim("officer9", decision), 403, "four eyes");
    assertRefused(rest.complete("officer9", decision, Map.of("exceptionDecision", "APPROVE", "exceptionDecisionNote", "ok")), 403, "four eyes");
    rest.work("manager1", key, "Task_DecideException", Map.of("exceptionDecision", "APPROVE",
        "exceptionDecisionNote", "The written positions suffice at this stage."));
    awaitTask(key, "Task_DesignProject");

    JsonNode round = Api.read(api("officer1", HttpMethod.GET, "/api/projects/" + key + "/consultations", null)).get(0);
    assertThat(round.get("outcome").asText()).isEqualTo("EXCEPTION_APPROVED");
    assertThat(round.get("exceptionRequestedBy").asText()).isEqualTo("officer9");
    assertThat(round.get("exceptionDecidedBy").asText()).isEqualTo("manager1");
    assertThat(round.get("exceptionDecisionNote").asText()).isEqualTo("The written positions suffice at this stage.");
    assertThat(journal.findByProjectIdOrderByIdAsc(projects.findByBusinessKey(key).orElseThrow().getId()))
        .filteredOn(entry -> entry.getKind() == org.tclifecycle.project.JournalEntry.Kind.CONSULTATION_EXCEPTION)
        .extracting(org.tclifecycle.project.JournalEntry::getNote)
        .containsExactly("APPROVE (ASSESSMENT, asked by officer9): The written positions suffice at this stage.");
    assertThat(StreamSupport.stream(round.get("invited").spliterator(), false).map(i -> i.get("response").asText()))
        .containsExactlyInAnyOrder("RESPONDED", "RESPONDED", "RESPONDED", "DECLINED", "NO_RESPONSE");
  }

  @Test
  void twentyActorsAnsweringAtOnceCauseNoFailedTransactionAndNoNhriIsRequiredWhereNoneExists() {
    for (String type : List.of("GOVERNMENT", "JUDICIARY")) {
      assertThat(api("officer1", HttpMethod.POST, "/api/actors", actor("UY", type, type + " of Uruguay (test)")).getStatusCode().value()).isEqualTo(201);
    }
    for (int i = 1; i <= 18; i++) {
      Map<String, Object> organisation = actor("UY", "CIVIL_SOCIETY", "Organisation " + i + " (test)");
      organisation.put("focusAreas", "Access to justice");
      api("officer1", HttpMethod.POST, "/api/actors", organisation);
    }
    String key = atAssessmentConsultation("UY");
    plan("officer1", key, actorIds("UY", "GOVERNMENT", "JUDICIARY", "CIVIL_SOCIETY"));
    List<JsonNode> inputs = actorTasks(key);
    assertThat(inputs).hasSize(20);
    inputs.forEach(input -> rest.ok(rest.claim("officer1", input.get("id").asText())));

    CyclicBarrier together = new CyclicBarrier(inputs.size());
    List<CompletableFuture<Integer>> answers = inputs.stream().map(input -> CompletableFuture.supplyAsync(() -> {
      try {
        together.await();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return rest.complete("officer1", input.get("id").asText(), TestData.actorInput()).getStatusCode().value();
    }, java.util.concurrent.Executors.newFixedThreadPool(inputs.size()))).toList();
    assertThat(answers.stream().map(CompletableFuture::join)).containsOnly(204);

    awaitTask(key, "Task_DesignProject");
    String instance = projects.findByBusinessKey(key).orElseThrow().getProcessInstanceId();
    assertThat(management.createJobQuery().withException().processInstanceId(instance).count()).isZero();
    assertThat(runtime.createIncidentQuery().count()).as("no incident anywhere").isZero();
    JsonNode round = Api.read(api("officer1", HttpMethod.GET, "/api/projects/" + key + "/consultations", null)).get(0);
    assertThat(round.get("outcome").asText()).as("covered without an NHRI: Uruguay has none in the registry").isEqualTo("COVERED");
    assertThat(round.get("invited")).hasSize(20);
  }

  @Test
  void noStageEndsWithoutARecordedRoundEvenWhenTheConsultationIsForcedToItsEnd() {
    String key = atAssessmentConsultation("KE");
    String consultation = consultationInstance(key);
    assertThatThrownBy(() -> runtime.createProcessInstanceModification(consultation)
        .cancelAllForActivity("Task_PlanConsultation").startBeforeActivity("EndEvent_ConsultationRecorded").execute())
        .hasMessageContaining("cannot leave Consult national actors on assessment without a covered consultation or an approved exception");
    awaitTask(key, "Task_PlanConsultation");
    assertThat(rest.tasks("officer1", key)).extracting(t -> t.get("taskDefinitionKey").asText()).doesNotContain("Task_DesignProject");
  }

  @Test
  void portfolioFiguresCountParticipationByActorTypeAndSex() {
    String key = atAssessmentConsultation("KE");
    rest.consult("officer1", key, "KE", "Task_DesignProject");
    JsonNode figures = Api.read(api("manager1", HttpMethod.GET, "/api/consultations/portfolio", null));
    assertThat(figures.get("projectsConsulted").asLong()).isPositive();
    assertThat(figures.get("projectsWithCivilSocietyAndNhriAtEveryStage").asLong()).isPositive();
    JsonNode civilSociety = figures.get("byActorType").get("CIVIL_SOCIETY");
    assertThat(civilSociety.get("women").asLong()).isGreaterThanOrEqualTo(2 * 7);
    assertThat(figures.get("total").get("women").asLong() + figures.get("total").get("men").asLong())
        .isGreaterThanOrEqualTo(6 * 12);
    assertThat(api("external1", HttpMethod.GET, "/api/consultations/portfolio", null).getStatusCode().value()).isEqualTo(403);
  }

  // ----- helpers -----

  String atAssessmentConsultation(String country) {
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("countryCode", country);
    request.put("recommendationIds", List.of(TestData.recommendationFor(country)));
    return rest.projectAtAssessmentConsultation(request);
  }

  void plan(String user, String key, List<Long> actors) {
    rest.work(user, key, "Task_PlanConsultation", Map.of("invitedActors", actors.stream().map(String::valueOf).toList()));
  }

  List<JsonNode> actorTasks(String key) {
    return rest.tasks("officer1", key).stream().filter(t -> t.get("taskDefinitionKey").asText().equals("Task_RecordActorInput")).toList();
  }

  void recordAll(String key, Map<String, Object> input) {
    for (JsonNode task : actorTasks(key)) {
      rest.ok(rest.claim("officer1", task.get("id").asText()));
      rest.ok(rest.complete("officer1", task.get("id").asText(), input));
    }
  }

  ResponseEntity<String> complete(String user, JsonNode task, Map<String, ?> values) {
    rest.claim(user, task.get("id").asText());
    return rest.complete(user, task.get("id").asText(), values);
  }

  List<Long> actorIds(String country, String... types) {
    List<String> wanted = List.of(types);
    return StreamSupport.stream(Api.read(api("officer1", HttpMethod.GET, "/api/actors?country=" + country, null)).spliterator(), false)
        .filter(actor -> wanted.contains(actor.get("type").asText())).map(actor -> actor.get("id").asLong()).toList();
  }

  String consultationInstance(String key) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("national-consultation").processInstanceBusinessKey(key)
        .active().singleResult().getId();
  }

  /** A value the open Plan consultation task shows on its form. */
  Object planVariable(String key, String name) {
    String taskId = rest.task("officer1", key, "Task_PlanConsultation").get("id").asText();
    return taskService.getVariableLocal(taskId, name);
  }

  Object variable(String key, String name) {
    return runtime.getVariable(consultationInstance(key), name);
  }

  void awaitTask(String key, String taskKey) {
    rest.awaitTask(key, taskKey);
  }

  static void assertRefused(ResponseEntity<String> response, int status, String mention) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getBody()).contains(mention);
  }

  static Map<String, Object> actor(String country, String type, String name) {
    Map<String, Object> actor = new HashMap<>();
    actor.put("countryCode", country);
    actor.put("type", type);
    actor.put("name", name);
    actor.put("contact", "contact@example.org");
    return actor;
  }

  static List<String> fields(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    return StreamSupport.stream(Api.read(response).get("errors").spliterator(), false).map(e -> e.get("field").asText()).toList();
  }

  static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  ResponseEntity<String> api(String user, HttpMethod method, String path, Object body) {
    return rest.api(user, method, path, body);
  }

  /** JSON in and out of the API. */
  static final class Api {
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static JsonNode read(ResponseEntity<String> response) {
      try {
        return JSON.readTree(response.getBody());
      } catch (Exception e) {
        throw new AssertionError("Not JSON: " + response.getBody(), e);
      }
    }
  }
}
