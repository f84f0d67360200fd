package org.tclifecycle.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.tclifecycle.audit.AuditLog;
import org.tclifecycle.project.ProjectRepository;

/**
 * Input given by several actors at one meeting is recorded once, from one actor's task: each actor ticked gets
 * its own record, marked as joint, and its task ends as "input recorded" in the same transaction; an actor
 * already heard, or not invited in this round, cannot be ticked, and a refused submission writes nothing.
 */
@IntegrationTest
class JointActorInputTest {

  static final String GOVERNMENT = "Ministry of Justice (demo)";
  static final String JUDICIARY = "Office of the Chief Registrar of the Judiciary (demo)";
  static final String NHRI = "National Human Rights Commission (demo)";
  static final String LEGAL_AID = "Legal Aid Network (demo)";
  static final String COALITION = "Women's Rights Coalition (demo)";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired HistoryService history;
  @Autowired ProjectRepository projects;
  @Autowired ConsultationInvitationRepository invitations;
  @Autowired AuditLog audit;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  @Test
  void oneSubmissionForThreeActorsEndsTheirThreeTasksWithThreeJointRecordsAndLeavesTheFourthOpen() throws Exception {
    String elsewhere = atAssessmentConsultation("SN");
    rest.work("officer1", elsewhere, "Task_PlanConsultation", Map.of("invitedActors", List.of(String.valueOf(actorId("SN", NHRI)))));
    String key = atAssessmentConsultation("KE");
    rest.work("officer1", key, "Task_PlanConsultation", Map.of("invitedActors",
        List.of(GOVERNMENT, JUDICIARY, NHRI, LEGAL_AID, COALITION).stream().map(name -> String.valueOf(actorId("KE", name))).toList()));
    Long projectId = projects.findByBusinessKey(key).orElseThrow().getId();

    JsonNode government = actorTask(key, GOVERNMENT);
    SpinJsonNode offered = (SpinJsonNode) taskService.getVariableLocal(government.get("id").asText(), "jointActorsOptions");
    assertThat(offered.elements()).extracting(option -> option.prop("label").stringValue()).as("the others of this round, not itself")
        .containsExactly(JUDICIARY + " (judiciary)", NHRI + " (NHRI, A status)", LEGAL_AID + " (civil society)", COALITION + " (civil society)");

    // the coalition declines on its own
    rest.ok(rest.claim("officer1", actorTask(key, COALITION).get("id").asText()));
    rest.ok(rest.complete("officer1", actorTask(key, COALITION).get("id").asText(),
        Map.of("actorResponse", "DECLINED", "noInputReason", "Boycotts the process.")));

    // refused, naming the field: an actor already heard, an actor of another round (another project's), one not invited
    rest.ok(rest.claim("officer1", government.get("id").asText()));
    assertRefused(complete(government, jointly(actorId("KE", JUDICIARY), actorId("KE", COALITION))),
        COALITION + " already has its answer recorded in this round");
    assertRefused(complete(government, jointly(actorId("KE", JUDICIARY), actorId("SN", NHRI))),
        NHRI + " was not invited in this round");
    Map<String, Object> declinedJointly = new HashMap<>(Map.of("actorResponse", "DECLINED", "noInputReason", "Abroad."));
    declinedJointly.put("jointActors", List.of(String.valueOf(actorId("KE", JUDICIARY))));
    assertRefused(complete(government, declinedJointly), "only input received can be recorded for several actors at once");
    assertThat(invitations.findByProjectIdOrderByIdAsc(projectId)).as("nothing written by the refused submissions")
        .allSatisfy(invitation -> {
          assertThat(invitation.isJoint()).isFalse();
          assertThat(invitation.getResponse()).isEqualTo(invitation.getActor().getName().equals(COALITION)
              ? InvitationResponse.DECLINED : InvitationResponse.INVITED);
        });
    assertThat(actorTasks(key)).as("no task closed by them").hasSize(4);

    // one submission for the government, the judiciary and the NHRI, heard at one meeting
    ResponseEntity<String> joint = complete(government, jointly(actorId("KE", JUDICIARY), actorId("KE", NHRI)));
    assertThat(joint.getStatusCode().value()).as(joint.getBody()).isIn(200, 204);
    assertThat(actorTasks(key)).extracting(task -> task.get("name").asText()).as("the fourth actor's task stays open")
        .singleElement().satisfies(name -> assertThat(name).startsWith("Record input of " + LEGAL_AID));

    List<ConsultationInvitation> heardJointly = invitations.findByProjectIdOrderByIdAsc(projectId).stream()
        .filter(ConsultationInvitation::isJoint).toList();
    assertThat(heardJointly).extracting(invitation -> invitation.getActor().getName()).containsExactly(GOVERNMENT, JUDICIARY, NHRI);
    Long recordedOn = heardJointly.get(0).getId();
    assertThat(heardJointly).allSatisfy(invitation -> {
      assertThat(invitation.getResponse()).isEqualTo(InvitationResponse.RESPONDED);
      assertThat(invitation.getJointInputOf()).as("joint with the government's record").isEqualTo(recordedOn);
      assertThat(invitation.getInputSummary()).isEqualTo(TestData.actorInput().get("inputSummary"));
      assertThat(invitation.getInputRecordedBy()).isEqualTo("officer1");
      assertThat(invitation.getInputRecordedAt()).isNotNull();
    });
    assertThat(heardJointly).extracting(ConsultationInvitation::participants).as("the meeting's participants counted once")
        .containsExactly(12, 0, 0);

    String consultation = government.get("processInstanceId").asText();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(consultation).activityId("EndEvent_ActorInputRecorded")
        .finished().count()).as("the coalition's sub-process and the three joint ones ended as input recorded").isEqualTo(4);
    List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().processInstanceId(consultation)
        .taskDefinitionKey("Task_RecordActorInput").finished().list().stream()
        .filter(task -> !task.getName().contains(COALITION)).toList();
    assertThat(done).hasSize(3).allSatisfy(task -> {
      assertThat(task.getAssignee()).as("who recorded it").isEqualTo("officer1");
      assertThat(task.getEndTime()).as("when").isNotNull();
      assertThat(task.getDeleteReason()).isEqualTo("completed");
      assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(task.getId()).count())
          .as("the values it was completed with: in each actor's record (above), not again in history").isZero();
    });
    assertThat(audit.read(key, 0, 50).getContent()).filteredOn(entry -> entry.getAction().equals("JOINT_CONSULTATION_INPUT"))
        .as("the audit names the officer and, for each actor, the others").hasSize(3)
        .allSatisfy(entry -> assertThat(entry.getActor()).isEqualTo("officer1"))
        .anySatisfy(entry -> assertThat(entry.getDetails())
            .startsWith("ASSESSMENT, " + JUDICIARY + ": input recorded jointly with " + GOVERNMENT + ", " + NHRI));

    // the last actor on its own; the round is covered, and the records say with whom input was given
    JsonNode legalAid = actorTask(key, LEGAL_AID);
    rest.ok(rest.claim("officer1", legalAid.get("id").asText()));
    rest.ok(rest.complete("officer1", legalAid.get("id").asText(), TestData.actorInput()));
    rest.awaitTask(key, "Task_DesignProject");
    JsonNode round = read(rest.api("officer1", HttpMethod.GET, "/api/projects/" + key + "/consultations", null)).get(0);
    assertThat(round.get("outcome").asText()).isEqualTo("COVERED");
    assertThat(round.get("participants").asInt()).isEqualTo(2 * 12);
    JsonNode governmentInput = StreamSupport.stream(round.get("invited").spliterator(), false)
        .filter(input -> input.get("actor").asText().equals(GOVERNMENT)).findFirst().orElseThrow();
    assertThat(governmentInput.get("jointWith")).extracting(JsonNode::asText).containsExactly(JUDICIARY, NHRI);
    JsonNode view = read(rest.api("officer1", HttpMethod.GET, "/api/projects/" + key, null));
    assertThat(view.get("consultations").get(0).get("jointInputs")).extracting(JsonNode::asText)
        .contains(GOVERNMENT + ": joint input with " + JUDICIARY + ", " + NHRI, JUDICIARY + ": joint input with " + GOVERNMENT + ", " + NHRI);

    theStateReportListsTheJointInput(key);
  }

  /** In the State report's consultations (HTML, PDF, CSV; English and French), once per joint input, after the actor it was given on. */
  void theStateReportListsTheJointInput(String key) throws Exception {
    String english = "Assessment, " + GOVERNMENT + ": joint input with " + JUDICIARY + ", " + NHRI;
    String french = "Évaluation des besoins, " + GOVERNMENT + " : contribution commune avec " + JUDICIARY + ", " + NHRI;
    String html = rest.api("officer1", HttpMethod.GET, "/api/states/KE/report.html", null).getBody();
    assertThat(html).contains("<th scope=\"col\">Joint input (one meeting or submission)</th>");
    assertThat(projectRow(html, key)).contains("<td>" + HtmlUtils.htmlEscape(english, "UTF-8") + "</td>")
        .as("one line for the meeting, not one per actor").doesNotContain(JUDICIARY + ": ");
    String htmlInFrench = rest.api("officer1", HttpMethod.GET, "/api/states/KE/report.html?lang=fr", null).getBody();
    assertThat(htmlInFrench).contains("<th scope=\"col\">Contributions communes (une réunion ou une soumission)</th>");
    assertThat(projectRow(htmlInFrench, key)).contains("<td>" + HtmlUtils.htmlEscape(french, "UTF-8") + "</td>");

    for (String language : List.of("en", "fr")) {
      byte[] pdf = http.exchange("http://localhost:" + port + "/api/states/KE/report.pdf?lang=" + language, HttpMethod.GET,
          new org.springframework.http.HttpEntity<>(basic()), byte[].class).getBody();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        // a table's cells are read line by line across the row: the line's words come in order, other cells' between
        assertThat(wordsInOrder(new PDFTextStripper().getText(document), language.equals("en") ? english : french))
            .as("the joint input in the " + language + " PDF").isTrue();
      }
    }

    for (String language : List.of("en", "fr")) {
      List<List<String>> csv = csv(rest.api("officer1", HttpMethod.GET, "/api/states/KE/report.csv?lang=" + language, null).getBody());
      int column = csv.get(0).indexOf(language.equals("en") ? "Joint consultation input" : "Contributions communes aux consultations");
      int project = csv.get(0).indexOf(language.equals("en") ? "Project" : "Projet");
      assertThat(column).isPositive();
      assertThat(csv.subList(1, csv.size())).filteredOn(row -> row.get(project).equals(key)).isNotEmpty()
          .allSatisfy(row -> assertThat(row.get(column)).isEqualTo(language.equals("en") ? english : french));
    }
  }

  static boolean wordsInOrder(String text, String line) {
    List<String> words = List.of(text.split("\\s+"));
    int at = 0;
    for (String word : line.split("\\s+")) {
      int found = words.subList(at, words.size()).indexOf(word);
      if (found < 0) {
        return false;
      }
      at += found + 1;
    }
    return true;
  }

  static String projectRow(String html, String key) {
    int start = html.indexOf("<tr><td class=\"key\">" + key + "</td><td>", html.indexOf("<h2>", html.indexOf("<h2>") + 1));
    assertThat(start).as("the project's row").isPositive();
    return html.substring(start, html.indexOf("</tr>", start));
  }

  static List<List<String>> csv(String body) throws java.io.IOException {
    try (com.fasterxml.jackson.databind.MappingIterator<List<String>> rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .readerForListOf(String.class).with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).readValues(body)) {
      return rows.readAll();
    }
  }

  static org.springframework.http.HttpHeaders basic() {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setBasicAuth("officer1", EngineRest.DEMO_PASSWORD);
    return headers;
  }

  // ----- helpers -----

  String atAssessmentConsultation(String country) {
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("countryCode", country);
    request.put("recommendationIds", List.of(TestData.recommendationFor(country)));
    return rest.projectAtAssessmentConsultation(request);
  }

  static Map<String, Object> jointly(Long... actorIds) {
    Map<String, Object> values = new HashMap<>(TestData.actorInput());
    values.put("jointActors", java.util.Arrays.stream(actorIds).map(String::valueOf).toList());
    return values;
  }

  /** Submits the task's form, as Tasklist does. */
  ResponseEntity<String> complete(JsonNode task, Map<String, ?> values) {
    return rest.submit("officer1", task.get("id").asText(), values);
  }

  List<JsonNode> actorTasks(String key) {
    return rest.tasks("officer1", key).stream().filter(t -> t.get("taskDefinitionKey").asText().equals("Task_RecordActorInput")).toList();
  }

  JsonNode actorTask(String key, String actorName) {
    return actorTasks(key).stream().filter(t -> t.get("name").asText().startsWith("Record input of " + actorName + ":"))
        .findFirst().orElseThrow(() -> new AssertionError("no task for " + actorName));
  }

  Long actorId(String country, String name) {
    return StreamSupport.stream(read(rest.api("officer1", HttpMethod.GET, "/api/actors?country=" + country, null)).spliterator(), false)
        .filter(actor -> actor.get("name").asText().equals(name)).map(actor -> actor.get("id").asLong()).findFirst().orElseThrow();
  }

  static void assertRefused(ResponseEntity<String> response, String message) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains("jointActors").contains(message);
  }

  static JsonNode read(ResponseEntity<String> response) {
    return InclusiveConsultationTest.Api.read(response);
  }
}
