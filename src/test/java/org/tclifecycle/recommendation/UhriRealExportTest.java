package org.tclifecycle.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.tclifecycle.project.ProjectRepository;

/**
 * A manager uploads records in the real UHRI export's shape ({@code src/test/resources/uhri/uhri-real-shape.json}, see
 * the README beside it): every usable record imports, the two unusable ones are skipped and listed in the import's
 * report, and nothing of a record is lost or bent. The records are for Palau, which no other test uses.
 */
@IntegrationTest
class UhriRealExportTest {

  static final String IMPORTS = "/api/recommendations/imports";
  static final String SAMPLE = "uhri/uhri-real-shape.json";
  static final String UPR_SUPPORTED = "0d6f3a52-6c1e-4d1b-8a0e-5b7b1d2c9e01";
  static final String UPR_NOTED = "0d6f3a52-6c1e-4d1b-8a0e-5b7b1d2c9e02";
  static final String CRC = "0d6f3a52-6c1e-4d1b-8a0e-5b7b1d2c9e03";
  static final String CESCR_CONCERN = "0d6f3a52-6c1e-4d1b-8a0e-5b7b1d2c9e04";
  static final String SPECIAL_PROCEDURE = "0d6f3a52-6c1e-4d1b-8a0e-5b7b1d2c9e05";
  static final String NO_COUNTRY = "0d6f3a52-6c1e-4d1b-8a0e-5b7b1d2c9e06";
  static final String UPR_CLIMATE = "0d6f3a52-6c1e-4d1b-8a0e-5b7b1d2c9e07";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RecommendationSearch search;
  @Autowired ProjectRepository projects;
  EngineRest rest;

  @BeforeEach
  void setUp() throws IOException {
    rest = new EngineRest(http, port);
    ResponseEntity<String> imported = rest.upload("manager1", IMPORTS, "export-full.json", sample());
    assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(201);
  }

  static byte[] sample() throws IOException {
    return new ClassPathResource(SAMPLE).getContentAsByteArray();
  }

  JsonNode one(String id) {
    ResponseEntity<String> found = rest.api("officer1", HttpMethod.GET, "/api/recommendations/" + id, null);
    assertThat(found.getStatusCode().value()).as(found.getBody()).isEqualTo(200);
    return EngineRest.json(found);
  }

  List<String> ids(String query) {
    return EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/recommendations?size=50&" + query, null))
        .get("content").findValuesAsText("annotationId");
  }

  @Test
  void theUsableRecordsImportAndTheOthersAreSkippedAndListedInTheDownloadableReport() throws IOException {
    JsonNode summary = EngineRest.json(rest.upload("manager1", IMPORTS, "export-full.json", sample()));
    assertThat(summary.get("mode").asText()).isEqualTo("LENIENT");
    assertThat(summary.get("records").asInt()).isEqualTo(9);
    assertThat(summary.get("unchanged").asInt()).as("the seven usable records, already imported before this test").isEqualTo(7);
    assertThat(summary.get("skipped").asInt()).isEqualTo(2);
    assertThat(summary.get("withoutCountry").asInt()).isEqualTo(1);
    assertThat(summary.get("unmappedCountries").get("Atlantis (made-up)").asInt()).isEqualTo(1);
    assertThat(summary.get("unmappedCountries").has("Palau*")).as("a trailing * still maps").isFalse();

    ResponseEntity<String> report = rest.api("manager1", HttpMethod.GET, summary.get("report").asText(), null);
    assertThat(report.getStatusCode().value()).isEqualTo(200);
    assertThat(report.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(report.getBody().lines().toList()).containsExactly("Index,AnnotationId,Field,Reason", "7,,AnnotationId,is required",
        "8,0d6f3a52-6c1e-4d1b-8a0e-5b7b1d2c9e09,Text,is required");
    assertThat(stored("0d6f3a52-6c1e-4d1b-8a0e-5b7b1d2c9e09")).isZero();

    JsonNode history = EngineRest.json(rest.api("officer1", HttpMethod.GET, IMPORTS, null)).get(0);
    assertThat(List.of(history.get("skipped").asInt(), history.get("problems").asInt(), history.get("withoutCountry").asInt()))
        .containsExactly(2, 2, 1);
    assertThat(rest.api("external1", HttpMethod.GET, summary.get("report").asText(), null).getStatusCode().value()).isEqualTo(403);
    assertThat(rest.api("manager1", HttpMethod.GET, IMPORTS + "/999999/problems.csv", null).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aUprRecordKeepsEveryRecommendingStateItsParagraphGoalsAndTargetsAndReadsAsPlainText() {
    JsonNode upr = one(UPR_SUPPORTED);
    assertThat(upr.get("mechanism").asText()).isEqualTo("UPR");
    assertThat(upr.get("kind").asText()).isEqualTo("RECOMMENDATION");
    assertThat(upr.get("paragraph").asText()).isEqualTo("140.1");
    assertThat(upr.get("recommendingCountries")).hasSize(8);
    assertThat(upr.get("recommendingRegions")).hasSize(5);
    assertThat(upr.get("uprSessions")).extracting(JsonNode::asText).containsExactly("98");
    assertThat(upr.get("citation").asText())
        .isEqualTo("A/HRC/98/7 ¶140.1 (Slovenia, Chile, Ghana, Portugal, Uruguay, Fiji, Namibia, Denmark)");
    assertThat(upr.get("text").asText()).isEqualTo("Ratify the Optional Protocol to the Convention against Torture and establish "
        + "a national preventive mechanism & ensure its independence");
    assertThat(upr.get("originalText").asText()).startsWith("<p>140.1 Ratify").contains("(Slovenia, Chile");
    assertThat(upr.get("sdgGoals")).extracting(JsonNode::asText).containsExactly("16");
    assertThat(upr.get("sdgTargets")).extracting(JsonNode::asText).containsExactly("16.3", "16.a");
    assertThat(upr.get("sdgs")).extracting(JsonNode::asText).first().isEqualTo("16 - PEACE, JUSTICE AND STRONG INSTITUTIONS");
    assertThat(upr.get("publicationDate").asText()).isEqualTo("2025-02-12");
    assertThat(upr.get("actionCategory").asText()).as("the verb after the paragraph number").isEqualTo("SPECIFIC_ACTION");

    JsonNode noted = one(UPR_NOTED);
    assertThat(noted.get("kind").asText()).as("a UPR record whose AnnotationType is a UUID").isEqualTo("RECOMMENDATION");
    assertThat(noted.get("uprPosition").asText()).isEqualTo("NOTED");
    assertThat(noted.get("countryCodes")).extracting(JsonNode::asText).containsExactly("PW");
    assertThat(noted.get("actionCategory").asText()).isEqualTo("CONSIDERING_ACTION");
  }

  @Test
  void treatyBodySpecialProcedureAndConcernRecordsKeepTheirMechanismAndKind() {
    JsonNode crc = one(CRC);
    assertThat(List.of(crc.get("mechanism").asText(), crc.get("kind").asText(), crc.get("paragraph").asText()))
        .containsExactly("CRC", "RECOMMENDATION", "23");
    assertThat(crc.get("recommendingCountries")).isEmpty();
    assertThat(crc.get("uprCycle").isNull()).isTrue();
    assertThat(crc.get("citation").asText()).isEqualTo("CRC/C/PLW/CO/98 ¶23");
    assertThat(crc.get("actionCategory").asText()).as("after the Committee's lead-in and the sub-paragraph letter").isEqualTo("SPECIFIC_ACTION");
    assertThat(one(CESCR_CONCERN).get("kind").asText()).isEqualTo("CONCERN_OBSERVATION");
    JsonNode special = one(SPECIAL_PROCEDURE);
    assertThat(special.get("mechanism").asText()).isEqualTo("SR on adequate housing");
    assertThat(special.get("text").asText()).as("markup written as entities does not come back as markup")
        .isEqualTo("Adopt a national housing strategy based on human rights alert(1).");
    JsonNode noCountry = one(NO_COUNTRY);
    assertThat(noCountry.get("countries")).isEmpty();
    assertThat(noCountry.get("sdgGoals")).extracting(JsonNode::asText).containsExactly("5");
  }

  @Test
  void searchFindsGoalLevelAndTargetRecordsByGoalAndFiltersByMechanismAndKind() {
    assertThat(ids("country=PW&sdg=16")).containsExactlyInAnyOrder(UPR_SUPPORTED, CRC);
    assertThat(ids("country=PW&sdg=10")).as("a record labelled with the goal only").containsExactly(UPR_NOTED);
    assertThat(ids("country=PW&sdg=11")).containsExactlyInAnyOrder(CESCR_CONCERN, SPECIAL_PROCEDURE);
    assertThat(ids("country=PW&sdg=16.a")).containsExactly(UPR_SUPPORTED);
    assertThat(ids("sdg=5&mechanism=CEDAW&text=gender-based")).containsExactly(NO_COUNTRY);
    assertThat(ids("country=PW&mechanism=crc")).containsExactly(CRC);
    assertThat(ids("country=PW&kind=CONCERN_OBSERVATION")).containsExactly(CESCR_CONCERN);
    assertThat(ids("country=PW&text=independence")).as("the plain text is searched").containsExactly(UPR_SUPPORTED);
    assertThat(ids("country=PW&text=Slovenia")).as("the recommending States are not part of the text").isEmpty();
  }

  @Test
  void theAssessmentOffersUprRecommendationsFirstThenOtherMechanismsAndNoConcerns() {
    List<String> offered = search.offeredFor("PW", 100).stream().map(RecommendationView::annotationId).toList();
    assertThat(offered).containsExactly(UPR_SUPPORTED, UPR_CLIMATE, UPR_NOTED, CRC, SPECIAL_PROCEDURE);
    assertThat(search.byIds(offered).stream().filter(RecommendationView::countsForUprFund).map(RecommendationView::annotationId))
        .as("only supported UPR recommendations count for the UPR Voluntary Fund").containsExactlyInAnyOrder(UPR_SUPPORTED, UPR_CLIMATE);
  }

  /** The report is worded when it is read, in its reader's language, whatever language the import was made in. */
  @Test
  void theReportAndTheRefusalsReadInTheCallersLanguage() throws IOException {
    JsonNode summary = EngineRest.json(rest.upload("manager1", IMPORTS, "export-full.json", sample()));
    ResponseEntity<String> report = inFrench(HttpMethod.GET, summary.get("report").asText(), null, null);
    assertThat(report.getStatusCode().value()).as(report.getBody()).isEqualTo(200);
    assertThat(report.getBody().lines().toList()).containsExactly("Rang,AnnotationId,Champ,Motif", "7,,AnnotationId,est requis",
        "8,0d6f3a52-6c1e-4d1b-8a0e-5b7b1d2c9e09,Text,est requis");
    jdbc.update("insert into recommendation_import_problem (import_id, record_index, field, reason) values (?, 9, 'Text', ?)",
        summary.get("importId").asLong(), "a reason stored before reasons had codes");
    assertThat(inFrench(HttpMethod.GET, summary.get("report").asText(), null, null).getBody().lines())
        .as("a reason without a code reads as its English text").contains("9,,Text,a reason stored before reasons had codes");

    ArrayNode records = (ArrayNode) JSON.readTree(sample());
    ((ObjectNode) records.get(0)).put("UprPositions", "Maybe");
    ResponseEntity<String> strict = inFrench(HttpMethod.POST, IMPORTS + "?mode=strict&fileName=export-full.json",
        MediaType.APPLICATION_JSON, JSON.writeValueAsBytes(records));
    assertThat(strict.getStatusCode().value()).as(strict.getBody()).isEqualTo(400);
    JsonNode problem = EngineRest.json(strict);
    assertThat(problem.get("title").asText()).isEqualTo("Fichier non importé");
    assertThat(problem.get("detail").asText()).isEqualTo("3 problème(s) dans 9 enregistrement(s) lu(s) ; rien n’a été importé");
    assertThat(problem.get("errors").findValuesAsText("message"))
        .containsExactly("doit être Supported ou Noted ; trouvé : « Maybe »", "est requis", "est requis");

    ResponseEntity<String> notUhri = inFrench(HttpMethod.POST, IMPORTS, MediaType.APPLICATION_JSON,
        "[{\"id\": 1}]".getBytes(StandardCharsets.UTF_8));
    assertThat(notUhri.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.json(notUhri).get("errors").get(0).get("message").asText())
        .startsWith("n’est pas un export de l’Index universel des droits de l’homme : aucun enregistrement n’a l’un des champs ");
    ResponseEntity<String> notArray = inFrench(HttpMethod.POST, IMPORTS, MediaType.APPLICATION_JSON, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(EngineRest.json(notArray).get("errors").get(0).get("message").asText())
        .isEqualTo("le fichier doit être un tableau JSON d’enregistrements de l’Index universel des droits de l’homme");
    ResponseEntity<String> notArrayInEnglish = rest.send("manager1", HttpMethod.POST, IMPORTS, MediaType.APPLICATION_JSON,
        "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(EngineRest.json(notArrayInEnglish).get("title").asText()).isEqualTo("File not imported");
    assertThat(EngineRest.json(notArrayInEnglish).get("errors").get(0).get("message").asText())
        .isEqualTo("the file must be a JSON array of UHRI records");
  }

  private ResponseEntity<String> inFrench(HttpMethod method, String path, MediaType type, byte[] body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("manager1", EngineRest.DEMO_PASSWORD);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9,en;q=0.5");
    if (type != null) {
      headers.setContentType(type);
    }
    return http.exchange("http://localhost:" + port + path, method, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void strictModeRefusesTheWholeFileAndAFileWithoutUhriFieldsIsRefusedInEveryMode() throws IOException {
    ArrayNode records = (ArrayNode) JSON.readTree(sample());
    String fresh = UUID.randomUUID().toString();
    ((ObjectNode) records.get(0)).put("AnnotationId", fresh);
    ResponseEntity<String> refused = rest.send("manager1", HttpMethod.POST, IMPORTS + "?mode=strict&fileName=export-full.json",
        MediaType.APPLICATION_JSON, JSON.writeValueAsBytes(records));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.json(refused).get("errors").findValuesAsText("index")).containsExactly("7", "8");
    assertThat(stored(fresh)).isZero();

    int importsBefore = jdbc.queryForObject("select count(*) from recommendation_import", Integer.class);
    ResponseEntity<String> notUhri = rest.send("manager1", HttpMethod.POST, IMPORTS, MediaType.APPLICATION_JSON,
        "[{\"id\": 1, \"name\": \"a\"}, {\"id\": 2}]".getBytes(StandardCharsets.UTF_8));
    assertThat(notUhri.getStatusCode().value()).isEqualTo(400);
    JsonNode error = EngineRest.json(notUhri).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("file");
    assertThat(error.get("message").asText()).startsWith("is not a UHRI export");
    assertThat(jdbc.queryForObject("select count(*) from recommendation_import", Integer.class)).isEqualTo(importsBefore);
    ResponseEntity<String> badMode = rest.send("manager1", HttpMethod.POST, IMPORTS + "?mode=careless", MediaType.APPLICATION_JSON, sample());
    assertThat(badMode.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.json(badMode).get("errors").findValuesAsText("field")).containsExactly("mode");
  }

  @Test
  void requestsCiteRecommendationsBySymbolAndParagraphResolvedAtRegistrationAndUnresolvedOnesShownAtTheAssessment() throws IOException {
    Map<String, Object> request = TestData.request();
    request.put("countryCode", "PW");
    request.put("recommendationIds", List.of("A/HRC/98/7, para. 140.1", "a/hrc/98/7 ¶140.12", "A/HRC/98/7, para. 999.9", UPR_CLIMATE.toUpperCase()));
    String key = rest.projectAtNeedsAssessment(request);
    assertThat(projects.findByBusinessKey(key).orElseThrow().getRecommendationIds())
        .containsExactlyInAnyOrder(UPR_SUPPORTED, UPR_NOTED, "A/HRC/98/7 ¶999.9", UPR_CLIMATE);
    String taskId = rest.task("officer1", key, "Task_AssessNeeds").get("id").asText();
    // the form receives it with Markdown characters escaped (input/PlainTextInForms); it reads as typed
    assertThat(variable(taskId, "unregisteredRecommendations").asText().replace("\\", "")).isEqualTo("A/HRC/98/7 ¶999.9");
    JsonNode options = JSON.readTree(variable(taskId, "recommendationOptions").asText());
    List<String> offered = new java.util.ArrayList<>();
    options.forEach(option -> offered.add(option.get("value").asText()));
    assertThat(offered).as("UPR first, then the other mechanisms; no concern").containsExactly(UPR_SUPPORTED, UPR_CLIMATE, UPR_NOTED, CRC, SPECIAL_PROCEDURE);
    assertThat(options.get(0).get("label").asText()).startsWith("A/HRC/98/7 ¶140.1 (Slovenia, Chile, Ghana, Portugal, Uruguay, Fiji, Namibia, Denmark) · UPR · Supported");
    assertThat(options.get(3).get("label").asText()).startsWith("Treaty body / special procedure: CRC/C/PLW/CO/98 ¶23 · CRC");

    // the start form's text area: one reference per line, the comma before "para." kept
    Map<String, Object> form = TestData.request();
    form.put("countryCode", "PW");
    form.put("recommendationIds", "A/HRC/98/7, para. 140.30\nCRC/C/PLW/CO/98, para. 23");
    JsonNode started = rest.ok(rest.call("officer1", HttpMethod.POST, "/process-definition/key/cooperation-project/submit-form",
        Map.of("variables", EngineRest.variables(form))));
    assertThat(projects.findByBusinessKey(started.get("businessKey").asText()).orElseThrow().getRecommendationIds())
        .containsExactlyInAnyOrder(UPR_CLIMATE, CRC);

    request.put("recommendationIds", List.of("para. 140.1"));
    ResponseEntity<String> refused = rest.api("officer1", HttpMethod.POST, "/api/requests", request);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("recommendationIds").contains("references such as A/HRC/35/10, para. 140.1");
  }

  JsonNode variable(String taskId, String name) {
    return EngineRest.json(rest.call("officer1", HttpMethod.GET, "/task/" + taskId + "/variables/" + name + "?deserializeValue=false", null))
        .get("value");
  }

  int stored(String id) {
    return jdbc.queryForObject("select count(*) from recommendation where annotation_id = ?", Integer.class, id);
  }
}
