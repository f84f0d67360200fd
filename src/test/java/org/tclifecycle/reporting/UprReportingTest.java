package org.tclifecycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.TaggedPdf;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/**
 * What comes out of a project that addressed UPR recommendations: the State's report (JSON, HTML, CSV,
 * PDF), the good-practice library, and the IATI 2.03 file, validated against the official schema at
 * every stage of the project.
 */
@IntegrationTest
class UprReportingTest {

  static final String HEALTH_RECOMMENDATION = "9dba05ae-60f0-5457-b86d-ff96aefc0d1a";
  static final String GOOD_PRACTICE = "Joint court-user committees with the NHRI & bar association.";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired IatiExport export;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  String iati(String query) throws Exception {
    ResponseEntity<String> response = rest.api("manager1", HttpMethod.GET, "/api/iati/activities.xml?" + query, null);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    IatiSchema.validate(response.getBody());
    return response.getBody();
  }

  @Test
  void aClosedProjectComesOutRightInTheStateReportTheLibraryAndIati() throws Exception {
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    String key = rest.projectAtNeedsAssessment(request);
    assertThat(iati("project=" + key)).contains("<activity-status code=\"1\"/>");

    Map<String, Object> assessment = TestData.assessment();
    assessment.put("recommendationIds", List.of(TestData.RECOMMENDATION, TestData.NOTED_RECOMMENDATION));
    rest.designedAndFunded(key, "KE", assessment);
    String executing = iati("project=" + key);
    assertThat(executing).contains("<iati-identifier>XX-DEMO-OHCHR-" + key + "</iati-identifier>")
        .contains("<activity-status code=\"2\"/>")
        .contains("<reporting-org ref=\"XX-DEMO-OHCHR\" type=\"40\"><narrative xml:lang=\"en\">Office of the United Nations High Commissioner")
        .contains("<recipient-country code=\"KE\" percentage=\"100\"><narrative xml:lang=\"en\">Kenya</narrative>")
        .contains("<sector code=\"15160\" vocabulary=\"1\">")
        .contains("<tag code=\"16.3\" vocabulary=\"3\"><narrative xml:lang=\"en\">16.3 - Promote the rule of law")
        .contains("<participating-org role=\"4\" type=\"10\"><narrative>Office of the Attorney General</narrative></participating-org>")
        .contains("<value currency=\"USD\" value-date=")
        .contains("<indicator measure=\"2\" ascending=\"0\"><title><narrative>Share of detainees held beyond the legal limit</narrative>")
        .contains("<baseline year=\"2025\" value=\"40\">");
    assertThat(executing.split("<tag ", -1)).as("one tag per SDG target, 16.3 once").hasSize(2);

    rest.executed(key, "KE");
    for (int i = 0; i < 2; i++) {
      rest.work("officer1", key, "Task_FollowUpRecommendation", Map.of("implementationStatus", "IN_PROGRESS",
          "evidence", i == 0 ? "=Bail guidelines adopted <2026>." : "No progress reported."));
    }
    rest.awaitTask(key, "Task_PlanConsultation");
    rest.consult("officer1", key, "KE", "Task_EvaluateProject");
    rest.work("officer1", key, "Task_EvaluateProject", Map.of("lessonsLearned", "Start with data.", "goodPractices", GOOD_PRACTICE));
    assertThat(iati("project=" + key)).contains("<activity-status code=\"3\"/>");
    rest.work("manager1", key, "Task_CloseProject", Map.of("closureNote", "Objectives met."));
    assertThat(iati("project=" + key)).contains("<activity-status code=\"4\"/>").contains("<activity-date iso-date=").contains("type=\"4\"/>");

    stateReport(key);
    goodPractices(key);
  }

  void stateReport(String key) throws Exception {
    JsonNode report = EngineRest.json(rest.api("external1", HttpMethod.GET, "/api/states/KE/report", null));
    JsonNode line = null;
    for (JsonNode recommendation : report.get("recommendations")) {
      for (JsonNode project : recommendation.get("projects")) {
        if (project.get("projectKey").asText().equals(key) && recommendation.get("recommendationId").asText().equals(TestData.RECOMMENDATION)) {
          line = project;
        }
      }
    }
    assertThat(line).as("the recommendation with this project").isNotNull();
    assertThat(line.get("latest").get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(line.get("latest").get("source").asText()).isEqualTo("FINAL_REVIEW");
    JsonNode project = null;
    for (JsonNode p : report.get("projects")) {
      project = p.get("projectKey").asText().equals(key) ? p : project;
    }
    assertThat(project.get("status").asText()).isEqualTo("CLOSED");
    assertThat(project.get("indicators").get(0).get("title").asText()).isEqualTo("Share of detainees held beyond the legal limit");
    assertThat(project.get("indicators").get(0).get("latestValue").asDouble()).as("the final value from the end of execution").isEqualTo(31.5);
    assertThat(project.get("indicators").get(1).get("latestComment").asText()).isEqualTo("Amendment setting a 6-month limit adopted");
    assertThat(project.get("participation").get("actorsHeard").asInt()).as("four consultations, one answer each from the invited actors").isPositive();
    assertThat(project.get("participation").get("women").asInt()).isPositive();
    assertThat(project.get("participation").get("actorTypesHeard").toString()).contains("civil society");
    List<String> unaddressed = report.get("supportedNotAddressed").findValuesAsText("annotationId");
    assertThat(unaddressed).contains(HEALTH_RECOMMENDATION).doesNotContain(TestData.RECOMMENDATION, TestData.NOTED_RECOMMENDATION);

    ResponseEntity<String> html = rest.api("officer1", HttpMethod.GET, "/api/states/KE/report.html", null);
    assertThat(html.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(html.getBody()).contains("<h2>Results indicators</h2>").contains("Share of detainees held beyond the legal limit")
        .contains("40 – 3 of 5 regions above the limit (2025)").contains("31.5 – Two regions still above the limit");
    assertThat(html.getBody()).contains("A/HRC/99/10").contains(key).contains("In progress")
        .contains("=Bail guidelines adopted &lt;2026&gt;.").doesNotContain("<2026>");

    ResponseEntity<String> csv = rest.api("officer1", HttpMethod.GET, "/api/states/KE/report.csv", null);
    assertThat(csv.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"upr-follow-up-KE.csv\"");
    List<List<String>> rows = csv(csv.getBody());
    assertThat(rows.get(0).subList(0, 4)).containsExactly("State", "Recommendation id", "Symbol", "Position");
    assertThat(rows).anySatisfy(row -> assertThat(row).contains(TestData.RECOMMENDATION, key, "IN_PROGRESS", "Supported",
        "'=Bail guidelines adopted <2026>.").as("a formula-like cell is made inert"));
    assertThat(rows.get(0).subList(16, 26)).containsExactly("Indicator", "Indicator type", "Measure", "Baseline value", "Baseline year",
        "Baseline comment", "Target value", "Target date", "Latest reported value", "Latest reported comment");
    List<List<String>> withThisProject = rows.stream().filter(row -> row.get(1).equals(TestData.RECOMMENDATION) && row.get(8).equals(key)).toList();
    assertThat(withThisProject).as("the recommendation's row once per indicator of the project").hasSize(2);
    assertThat(withThisProject.get(0).subList(16, 26)).containsExactly("1. Share of detainees held beyond the legal limit", "OUTCOME", "PERCENTAGE",
        "40", "2025", "3 of 5 regions above the limit", "28", LocalDate.now().plusMonths(18).toString(), "31.5", "Two regions still above the limit");
    assertThat(withThisProject.get(1).subList(16, 26)).containsExactly("2. Legal time limits on pre-trial detention in the criminal procedure code",
        "STRUCTURAL", "QUALITATIVE", "", "2025", "No time limit for serious offences", "", LocalDate.now().plusMonths(18).toString(), "",
        "Amendment setting a 6-month limit adopted");
    List<List<String>> french = csv(rest.api("officer1", HttpMethod.GET, "/api/states/KE/report.csv?lang=fr", null).getBody());
    assertThat(french.get(0).subList(16, 26)).containsExactly("Indicateur", "Type d’indicateur", "Mesure", "Valeur de référence",
        "Année de référence", "Commentaire sur la référence", "Valeur cible", "Date cible", "Dernière valeur signalée", "Dernier commentaire signalé");
    assertThat(french.stream().filter(row -> row.get(1).equals(TestData.RECOMMENDATION) && row.get(8).equals(key)).map(row -> row.subList(16, 26)))
        .as("indicator values and codes as in English").containsExactly(withThisProject.get(0).subList(16, 26), withThisProject.get(1).subList(16, 26));

    ResponseEntity<byte[]> pdf = http.withBasicAuth("officer1", EngineRest.DEMO_PASSWORD)
        .getForEntity("http://localhost:" + port + "/api/states/KE/report.pdf", byte[].class);
    assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    TaggedPdf.check(pdf.getBody(), "en", "Kenya", key);
    TaggedPdf.check(http.withBasicAuth("officer1", EngineRest.DEMO_PASSWORD)
        .getForEntity("http://localhost:" + port + "/api/states/KE/report.pdf?lang=fr", byte[].class).getBody(), "fr", "Kenya", key);

    assertThat(rest.api("external2", HttpMethod.GET, "/api/states/KE/report", null).getStatusCode().value())
        .as("a partner bound to BR").isEqualTo(403);
    assertThat(rest.api("officer1", HttpMethod.GET, "/api/states/XX/report", null).getStatusCode().value()).isEqualTo(400);
  }

  void goodPractices(String key) throws Exception {
    assertThat(practices("country=KE&sdg=16.3&rightsCategory=CIVIL&theme=detention")).contains(key);
    assertThat(practices("country=KE&theme=administration of justice")).as("the thematic area").contains(key);
    assertThat(practices("country=KE&sdg=16")).as("the goal").contains(key);
    assertThat(practices("country=KE&text=court-user")).contains(key);
    assertThat(practices("country=KE&rightsCategory=CULTURAL")).doesNotContain(key);
    assertThat(practices("country=SN")).doesNotContain(key);
    assertThat(practices("sdg=4.1")).doesNotContain(key);
    ResponseEntity<String> bad = rest.api("external1", HttpMethod.GET, "/api/good-practices?sdg=sixteen&rightsCategory=SPIRITUAL", null);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.json(bad).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("sdg", "rightsCategory");
    List<List<String>> rows = csv(rest.api("external2", HttpMethod.GET, "/api/good-practices.csv?country=KE", null).getBody());
    assertThat(rows.get(0)).containsExactly("Project", "State", "Thematic area", "Rights categories", "Themes", "SDG targets",
        "Good practices", "Lessons learned", "Evaluated at", "Indicator", "Indicator type", "Measure", "Baseline value", "Baseline year",
        "Baseline comment", "Target value", "Target date", "Latest reported value", "Latest reported comment");
    assertThat(rows).anySatisfy(row -> assertThat(row.subList(0, 7))
        .containsExactly(key, "KE", "ADMINISTRATION_OF_JUSTICE", "CIVIL SOCIAL", "Administration of justice & fair trial; Death penalty; Detention",
            "16.3", GOOD_PRACTICE));
    List<List<String>> ofThisProject = rows.stream().filter(row -> row.get(0).equals(key)).toList();
    assertThat(ofThisProject).as("the practice once per indicator of its project").hasSize(2);
    assertThat(ofThisProject.get(0).subList(9, 19)).containsExactly("1. Share of detainees held beyond the legal limit", "OUTCOME", "PERCENTAGE",
        "40", "2025", "3 of 5 regions above the limit", "28", LocalDate.now().plusMonths(18).toString(), "31.5", "Two regions still above the limit");
    assertThat(ofThisProject.get(1).subList(9, 19)).containsExactly("2. Legal time limits on pre-trial detention in the criminal procedure code",
        "STRUCTURAL", "QUALITATIVE", "", "2025", "No time limit for serious offences", "", LocalDate.now().plusMonths(18).toString(), "",
        "Amendment setting a 6-month limit adopted");
    JsonNode practice = null;
    for (JsonNode p : EngineRest.json(rest.api("external2", HttpMethod.GET, "/api/good-practices?country=KE", null))) {
      practice = p.get("projectKey").asText().equals(key) ? p : practice;
    }
    assertThat(practice.get("indicators").get(0).get("baselineValue").asDouble()).isEqualTo(40);
    assertThat(practice.get("indicators").get(0).get("targetValue").asDouble()).isEqualTo(28);
    assertThat(practice.get("indicators").get(0).get("latestValue").asDouble()).as("the final value from the end of execution").isEqualTo(31.5);
    assertThat(practice.get("indicators").get(1).get("latestComment").asText()).isEqualTo("Amendment setting a 6-month limit adopted");
    List<List<String>> french = csv(rest.api("external2", HttpMethod.GET, "/api/good-practices.csv?country=KE&lang=fr", null).getBody());
    assertThat(french.get(0)).containsExactly("Projet", "État", "Domaine thématique", "Catégories de droits", "Thèmes", "Cibles ODD",
        "Bonnes pratiques", "Enseignements tirés", "Évalué le", "Indicateur", "Type d’indicateur", "Mesure", "Valeur de référence",
        "Année de référence", "Commentaire sur la référence", "Valeur cible", "Date cible", "Dernière valeur signalée", "Dernier commentaire signalé");
    assertThat(french.subList(1, french.size())).as("codes stay codes").isEqualTo(rows.subList(1, rows.size()));
  }

  static List<List<String>> csv(String body) throws java.io.IOException {
    try (com.fasterxml.jackson.databind.MappingIterator<List<String>> rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .readerForListOf(String.class).with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).readValues(body)) {
      return rows.readAll();
    }
  }

  List<String> practices(String query) {
    ResponseEntity<String> response = rest.api("external2", HttpMethod.GET, "/api/good-practices?" + query, null);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return EngineRest.json(response).findValuesAsText("projectKey");
  }

  @Test
  void theFileWrittenPageByPageHoldsEveryProjectOnceInBusinessKeyOrder() throws Exception {
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    for (int i = 0; i < 3; i++) {
      ResponseEntity<String> created = rest.api("officer1", HttpMethod.POST, "/api/requests", request);
      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
      // registered: its asynchronous start has run, so the project does not change between the two exports
      rest.awaitTask(EngineRest.json(created).get("businessKey").asText(), "Task_ScreenRequest");
    }
    String whole = iati("");
    StringWriter paged = new StringWriter();
    export.write(paged, (root, query, cb) -> cb.conjunction(), 2);

    List<String> identifiers = new ArrayList<>();
    java.util.regex.Matcher identifier = java.util.regex.Pattern.compile("<iati-identifier>([^<]+)</iati-identifier>").matcher(whole);
    while (identifier.find()) {
      identifiers.add(identifier.group(1));
    }
    assertThat(identifiers).as("several pages of two").hasSizeGreaterThanOrEqualTo(3).isSorted().doesNotHaveDuplicates();
    assertThat(withoutGeneratedTime(paged.toString())).as("pages of two write what one page writes").isEqualTo(withoutGeneratedTime(whole));
  }

  private static String withoutGeneratedTime(String xml) {
    return xml.replaceFirst("generated-datetime=\"[^\"]+\"", "");
  }

  @Test
  void theWholeFileValidatesAndOnlyStaffExportIt() throws Exception {
    rest.projectAtNeedsAssessment(new LinkedHashMap<>(Map.of("countryCode", "SN", "requestingAuthority", "Ministry of Justice",
        "thematicArea", "ADMINISTRATION_OF_JUSTICE", "assistanceType", "TECHNICAL_ASSISTANCE", "summary", "Mobile courts & legal aid <rural>.",
        "recommendationIds", List.of(TestData.recommendationFor("SN")), "rightsCategories", List.of("CIVIL"), "estimatedBudget", 50000,
        "currency", "EUR", "preferredFund", "BILATERAL_DONOR")));
    String all = iati("");
    List<String> statuses = new ArrayList<>();
    for (String part : all.split("<activity-status code=\"")) {
      statuses.add(part.substring(0, 1));
    }
    assertThat(all).contains("version=\"2.03\"").contains("Mobile courts &amp; legal aid &lt;rural&gt;.");
    assertThat(statuses.subList(1, statuses.size())).contains("1");
    assertThat(iati("country=SN&stage=NEEDS_ASSESSMENT")).contains("default-currency=\"EUR\"").contains("<participating-org role=\"1\" type=\"10\">");

    assertThat(rest.api("manager1", HttpMethod.GET, "/api/iati/activities.xml?country=TV", null).getStatusCode().value()).isEqualTo(404);
    assertThat(rest.api("manager1", HttpMethod.GET, "/api/iati/activities.xml?stage=SOMEWHERE", null).getStatusCode().value()).isEqualTo(400);
    assertThat(rest.api("external1", HttpMethod.GET, "/api/iati/activities.xml", null).getStatusCode().value()).isEqualTo(403);
  }
}
