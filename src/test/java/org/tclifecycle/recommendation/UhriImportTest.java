package org.tclifecycle.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestDatabase;

/**
 * Loading UHRI exports: the sample at start, uploads by managers as JSON or CSV, refusals that import
 * nothing and list every bad record, idempotent re-imports, the command line, and search. Records these
 * tests add are for Pacific States no other test uses (Tuvalu, Nauru, Kiribati), so counts stay theirs.
 */
@IntegrationTest
class UhriImportTest {

  static final String IMPORTS = "/api/recommendations/imports";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired javax.sql.DataSource dataSource;
  @Autowired ConfigurableApplicationContext context;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  static Map<String, Object> record(String id, String country, String text) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("AnnotationId", id);
    record.put("AnnotationType", "Recommendation");
    record.put("Body", "UPR");
    record.put("Countries", List.of(country));
    record.put("Symbol", "A/HRC/99/50");
    record.put("Text", text);
    record.put("Themes", List.of("Climate change and environment", "Right to water"));
    record.put("AffectedPersons", List.of("General"));
    record.put("Sdgs", List.of("6.1 - Achieve universal and equitable access to safe and affordable drinking water for all",
        "13.1 - Strengthen resilience and adaptive capacity to climate-related hazards"));
    record.put("Regions", List.of("Oceania"));
    record.put("PublicationDate", "2026-03-01");
    record.put("UprCycle", "4");
    record.put("UprSession", "99");
    record.put("UprPositions", List.of("Supported"));
    record.put("UprRecommendingCountry", "Recommending State A (made-up)");
    return record;
  }

  static String id() {
    return UUID.randomUUID().toString();
  }

  ResponseEntity<String> importJson(String user, Object records) throws IOException {
    return rest.send(user, HttpMethod.POST, IMPORTS + "?fileName=test.json", MediaType.APPLICATION_JSON, JSON.writeValueAsBytes(records));
  }

  int stored(String id) {
    return jdbc.queryForObject("select count(*) from recommendation where annotation_id = ?", Integer.class, id);
  }

  int imports() {
    return jdbc.queryForObject("select count(*) from recommendation_import", Integer.class);
  }

  @Test
  void theMadeUpSampleIsLoadedAtStartWithUnNamesMappedToIsoCodes() {
    JsonNode kenya = EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/recommendations?country=KE&size=50", null));
    assertThat(kenya.get("totalElements").asInt()).isEqualTo(7);
    assertThat(kenya.get("content").findValuesAsText("text")).allSatisfy(text -> assertThat(text).startsWith("[Made-up sample]"));
    for (String code : List.of("BO", "CI", "VN", "TR", "GB")) {
      assertThat(EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/recommendations?country=" + code, null))
          .get("totalElements").asInt()).as(code).isEqualTo(1);
    }
  }

  @Test
  void aManagerImportsJsonAndImportingItAgainChangesNothing() throws IOException {
    String first = id();
    String second = id();
    List<Map<String, Object>> records = List.of(record(first, "Tuvalu", "Adopt a national climate adaptation plan."),
        record(second, "Tuvalu", "Ensure access to safe drinking water on every island."));

    ResponseEntity<String> created = importJson("manager1", records);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    assertThat(created.getHeaders().getLocation()).isNotNull();
    JsonNode summary = EngineRest.json(created);
    assertThat(summary.get("records").asInt()).isEqualTo(2);
    assertThat(summary.get("created").asInt()).isEqualTo(2);
    JsonNode found = EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/recommendations/" + first, null));
    assertThat(found.get("countryCodes").get(0).asText()).isEqualTo("TV");
    assertThat(found.get("sdgTargets")).extracting(JsonNode::asText).containsExactly("6.1", "13.1");
    assertThat(found.get("uprPosition").asText()).isEqualTo("SUPPORTED");

    JsonNode again = EngineRest.json(importJson("manager2", records));
    assertThat(List.of(again.get("created").asInt(), again.get("updated").asInt(), again.get("unchanged").asInt())).containsExactly(0, 0, 2);

    Map<String, Object> changed = record(first, "Tuvalu", "Adopt and fund a national climate adaptation plan.");
    changed.put("UprPositions", List.of("Noted"));
    JsonNode update = EngineRest.json(importJson("manager1", List.of(changed, records.get(1))));
    assertThat(List.of(update.get("created").asInt(), update.get("updated").asInt(), update.get("unchanged").asInt())).containsExactly(0, 1, 1);
    found = EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/recommendations/" + first, null));
    assertThat(found.get("text").asText()).isEqualTo("Adopt and fund a national climate adaptation plan.");
    assertThat(found.get("uprPosition").asText()).isEqualTo("NOTED");

    JsonNode history = EngineRest.json(rest.api("manager1", HttpMethod.GET, IMPORTS, null));
    assertThat(history.get(0).get("importedBy").asText()).isEqualTo("manager1");
    assertThat(history.get(0).get("updated").asInt()).isEqualTo(1);
  }

  @Test
  void anImportMeetingAnotherOnTheSameRecordsIsToldToTryAgainAndWritesNothing() throws Exception {
    String shared = id();
    String own = id();
    assertThat(importJson("manager1", List.of(record(shared, "Nauru", "Adopt a national climate adaptation plan.")))
        .getStatusCode().value()).isEqualTo(201);
    List<Map<String, Object>> overlapping = List.of(record(shared, "Nauru", "Adopt and fund a national climate adaptation plan."),
        record(own, "Nauru", "Ensure access to safe drinking water."));
    Integer importsBefore = jdbc.queryForObject("select count(*) from recommendation_import", Integer.class);

    try (Connection otherImport = dataSource.getConnection()) {
      otherImport.setAutoCommit(false);
      try (Statement statement = otherImport.createStatement()) {
        if (TestDatabase.onPostgres()) {
          statement.execute("select pg_advisory_xact_lock(" + RecommendationStore.IMPORT_LOCK + ")");
        } else {
          statement.executeUpdate("update recommendation set import_index = import_index where annotation_id = '" + shared + "'");
        }
      }
      ResponseEntity<String> refused = importJson("manager2", overlapping);
      assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(409);
      assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(EngineRest.json(refused).get("detail").asText()).contains("Try again");
      otherImport.rollback();
    }
    assertThat(rest.api("officer1", HttpMethod.GET, "/api/recommendations/" + own, null).getStatusCode().value()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select count(*) from recommendation_import", Integer.class)).isEqualTo(importsBefore);

    JsonNode again = EngineRest.json(importJson("manager2", overlapping));
    assertThat(List.of(again.get("created").asInt(), again.get("updated").asInt())).containsExactly(1, 1);
  }

  @Test
  void csvUploadOfRecordsAlreadyLoadedFromJsonChangesNothing() throws IOException {
    byte[] csv = new ClassPathResource("uhri/uhri-sample-made-up.csv").getContentAsByteArray();
    ResponseEntity<String> response = rest.upload("manager1", IMPORTS, "uhri-sample-made-up.csv", csv);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    JsonNode summary = EngineRest.json(response);
    assertThat(summary.get("format").asText()).isEqualTo("CSV");
    assertThat(List.of(summary.get("records").asInt(), summary.get("created").asInt(), summary.get("unchanged").asInt()))
        .as("the CSV holds the JSON sample's first six records, with lists separated by |").containsExactly(6, 0, 6);

    String id = id();
    String row = "AnnotationId,Countries,Text,Themes,Sdgs,UprPositions\n" + id
        + ",Nauru,\"Ratify the Convention against Torture, and its Optional Protocol.\",Torture|Detention,16.3 - Promote the rule of law,Supported\n";
    JsonNode added = EngineRest.json(rest.send("manager1", HttpMethod.POST, IMPORTS, MediaType.parseMediaType("text/csv"), row.getBytes(StandardCharsets.UTF_8)));
    assertThat(added.get("created").asInt()).isEqualTo(1);
    JsonNode found = EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/recommendations/" + id, null));
    assertThat(found.get("text").asText()).as("a comma inside a quoted cell stays").contains("Torture, and its");
    assertThat(found.get("themes")).extracting(JsonNode::asText).containsExactly("Torture", "Detention");
  }

  @Test
  void inStrictModeAFileWithBadRecordsImportsNothingAndListsEveryBadRecord() throws IOException {
    String good = id();
    String duplicate = id();
    Map<String, Object> badId = record("not-a-uuid", "Tuvalu", "Text.");
    Map<String, Object> noText = record(id(), "Tuvalu", " ");
    noText.put("Sdgs", List.of("Promote the rule of law"));
    Map<String, Object> badPosition = record(id(), "Tuvalu", "Text.");
    badPosition.put("UprPositions", List.of("Accepted"));
    badPosition.put("PublicationDate", "1 March 2026");
    Map<String, Object> tooManyTargets = record(id(), "Tuvalu", "Text.");
    tooManyTargets.put("Sdgs", java.util.stream.IntStream.range(0, 200).mapToObj(i -> (i % 17 + 1) + "." + (i / 17 + 10) + " - x").toList());
    // PostgreSQL cannot store U+0000 in text: the record is refused by name, not the database's error for the whole file
    Map<String, Object> nul = record(id(), "Tuvalu", "Ratify\u0000 the Convention");
    nul.put("Themes", List.of("Torture", "Detention\u0000"));
    String escapes = id();
    List<Map<String, Object>> file = List.of(record(good, "Tuvalu", "A good record."), badId, noText, badPosition,
        record(duplicate, "Tuvalu", "Once."), record(duplicate, "Tuvalu", "Twice."), tooManyTargets, nul,
        record(escapes, "Tuvalu", "Keep \\N, a back\\slash and\ta tab"));
    int importsBefore = imports();

    ResponseEntity<String> refused = rest.send("manager1", HttpMethod.POST, IMPORTS + "?mode=strict", MediaType.APPLICATION_JSON,
        JSON.writeValueAsBytes(file));

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
    JsonNode problem = EngineRest.json(refused);
    assertThat(problem.get("title").asText()).isEqualTo("File not imported");
    List<String> errors = new ArrayList<>();
    problem.get("errors").forEach(e -> errors.add(e.get("index").asInt() + " " + e.get("field").asText()));
    assertThat(errors).containsExactlyInAnyOrder("1 AnnotationId", "2 Text", "2 Sdgs", "3 UprPositions", "3 PublicationDate", "5 AnnotationId",
        "6 Sdgs", "7 Text", "7 Themes");
    assertThat(problem.get("errors").get(errors.indexOf("7 Text")).get("message").asText()).contains("U+0000");
    assertThat(problem.get("errors").get(errors.indexOf("5 AnnotationId")).get("message").asText())
        .isEqualTo("appears more than once in the file (first as record 4)");
    assertThat(stored(good)).as("the good record of a refused file is not imported").isZero();
    assertThat(stored(duplicate)).isZero();
    assertThat(imports()).as("no import is recorded").isEqualTo(importsBefore);

    JsonNode lenient = EngineRest.json(importJson("manager1", file));
    assertThat(List.of(lenient.get("records").asInt(), lenient.get("created").asInt(), lenient.get("skipped").asInt(), lenient.get("problems").asInt()))
        .as("by default the good records import and the bad ones are skipped, each problem reported").containsExactly(9, 3, 6, 9);
    assertThat(jdbc.queryForObject("select text from recommendation where annotation_id = ?", String.class, escapes))
        .as("written as sent, whatever way the database receives rows").isEqualTo("Keep \\N, a back\\slash and a tab");
    assertThat(stored(good)).isEqualTo(1);
    assertThat(jdbc.queryForList("select text from recommendation where annotation_id = ?", String.class, duplicate))
        .as("the first occurrence of a repeated id is kept").containsExactly("Once.");
  }

  @Test
  void aFileThatIsNotAJsonArrayOrBreaksOffHalfWayImportsNothing() throws IOException {
    ResponseEntity<String> notArray = rest.send("manager1", HttpMethod.POST, IMPORTS, MediaType.APPLICATION_JSON,
        "{\"AnnotationId\": \"x\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(notArray.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.json(notArray).get("errors").get(0).get("field").asText()).isEqualTo("file");

    String first = id();
    String whole = JSON.writeValueAsString(List.of(record(first, "Kiribati", "Complete."), record(id(), "Kiribati", "Cut.")));
    ResponseEntity<String> truncated = rest.send("manager1", HttpMethod.POST, IMPORTS, MediaType.APPLICATION_JSON,
        whole.substring(0, whole.length() - 40).getBytes(StandardCharsets.UTF_8));
    assertThat(truncated.getStatusCode().value()).isEqualTo(400);
    JsonNode error = EngineRest.json(truncated).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("file");
    assertThat(error.get("index").asInt()).isEqualTo(1);
    assertThat(stored(first)).as("the complete first record is not imported either").isZero();

    ResponseEntity<String> empty = rest.send("manager1", HttpMethod.POST, IMPORTS, MediaType.APPLICATION_JSON, "[]".getBytes(StandardCharsets.UTF_8));
    assertThat(EngineRest.json(empty).get("errors").get(0).get("message").asText()).isEqualTo("holds no record");
  }

  @Test
  void countryNamesWithoutAnIsoCodeAreReportedAndTheRecordStillImported() throws IOException {
    String id = id();
    Map<String, Object> record = record(id, "Tuvalu", "Shared recommendation.");
    record.put("Countries", List.of("Tuvalu", "Atlantis (made-up)"));
    JsonNode summary = EngineRest.json(importJson("manager1", List.of(record)));
    assertThat(summary.get("unmappedCountries").get("Atlantis (made-up)").asInt()).isEqualTo(1);
    JsonNode found = EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/recommendations/" + id, null));
    assertThat(found.get("countries")).extracting(JsonNode::asText).containsExactly("Tuvalu", "Atlantis (made-up)");
    assertThat(found.get("countryCodes")).extracting(JsonNode::asText).containsExactly("TV");
  }

  @Test
  void onlyManagersImportAndEveryoneWithAnAccountSearches() throws IOException {
    List<Map<String, Object>> records = List.of(record(id(), "Tuvalu", "Text."));
    assertThat(importJson("officer1", records).getStatusCode().value()).isEqualTo(403);
    assertThat(importJson("external1", records).getStatusCode().value()).isEqualTo(403);
    assertThat(rest.send(null, HttpMethod.POST, IMPORTS, MediaType.APPLICATION_JSON, "[]".getBytes(StandardCharsets.UTF_8))
        .getStatusCode().value()).isEqualTo(401);
    assertThat(rest.api("external1", HttpMethod.GET, "/api/recommendations?country=KE", null).getStatusCode().value()).isEqualTo(200);
    assertThat(rest.api("officer1", HttpMethod.GET, IMPORTS, null).getStatusCode().value()).isEqualTo(200);
    assertThat(rest.api("external1", HttpMethod.GET, IMPORTS, null).getStatusCode().value()).isEqualTo(403);
    assertThat(rest.upload("manager1", IMPORTS, "export.xlsx", new byte[] {1, 2}).getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void searchByStateThemeSdgTextAndPosition() {
    assertThat(search("country=KE&sdg=16.3")).containsExactlyInAnyOrder("A/HRC/99/10", "A/HRC/99/10");
    assertThat(count("country=KE&sdg=16.3")).isEqualTo(2);
    assertThat(count("country=KE&sdg=5")).as("a goal finds its targets").isEqualTo(1);
    assertThat(count("country=KE&position=NOTED")).isEqualTo(2);
    assertThat(count("country=KE&theme=detention")).isEqualTo(1);
    assertThat(count("country=KE&text=pre-trial legal")).as("every word must appear").isEqualTo(1);
    assertThat(count("country=KE&text=pre-trial torture")).isZero();
    assertThat(count("theme=100%")).as("% is taken literally").isZero();
    ResponseEntity<String> bad = rest.api("officer1", HttpMethod.GET, "/api/recommendations?sdg=sixteen&country=XX", null);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.json(bad).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("sdg", "country");
    assertThat(rest.api("officer1", HttpMethod.GET, "/api/recommendations/" + id(), null).getStatusCode().value()).isEqualTo(404);
  }

  List<String> search(String query) {
    return EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/recommendations?size=50&" + query, null)).get("content").findValuesAsText("symbol");
  }

  int count(String query) {
    return EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/recommendations?" + query, null)).get("totalElements").asInt();
  }

  @Test
  void theCommandLineImportsAFileSkipsOrRefusesBadRecordsAndRefusesAnUnreadableFile(@TempDir Path dir) throws IOException {
    String id = id();
    Path good = dir.resolve("export.json");
    Files.write(good, JSON.writeValueAsBytes(List.of(record(id, "Kiribati", "From the command line."))));
    Path bad = dir.resolve("bad.json");
    Files.write(bad, JSON.writeValueAsBytes(List.of(record("nope", "Kiribati", "Bad."))));
    // created the way Spring creates it when --tc.import-uhri is given (its constructor must be injectable)
    UhriImportCommand command = context.getAutowireCapableBeanFactory().createBean(UhriImportCommand.class);

    assertThat(command.importFile(good, ImportMode.LENIENT)).isZero();
    assertThat(stored(id)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select imported_by from recommendation_import order by id desc limit 1", String.class)).startsWith("cli:");
    assertThat(command.importFile(bad, ImportMode.STRICT)).isEqualTo(1);
    int before = imports();
    assertThat(command.importFile(bad, ImportMode.LENIENT)).as("skipped and reported").isZero();
    assertThat(jdbc.queryForObject("select skipped from recommendation_import order by id desc limit 1", Integer.class)).isEqualTo(1);
    assertThat(imports()).isEqualTo(before + 1);
    assertThat(command.importFile(dir.resolve("missing.json"), ImportMode.LENIENT)).isEqualTo(2);
    assertThat(command.importFile(dir.resolve("export.txt"), ImportMode.LENIENT)).isEqualTo(2);
  }
}
