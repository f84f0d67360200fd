package org.tclifecycle.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.MailServer;
import org.tclifecycle.project.ProjectRepository;
import org.tclifecycle.project.ThematicArea;

/**
 * A whole panel cycle as a manager, an officer and a contributor's system work it: theme and session, contributors,
 * a contribution over the API, one recorded by the officer, one missing, one late, the report compiled, revised,
 * approved, downloaded as HTML and PDF, submitted, and the panel held.
 */
@IntegrationTest
class ThematicPanelTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ProjectRepository projects;
  @Autowired PanelContributorRepository contributors;

  @Test
  void aPanelCycleFromThemeToPanelHeldWithLateAndMissingContributions() throws java.io.IOException {
    EngineRest rest = new EngineRest(http, port);
    LocalDate sessionStarts = LocalDate.now().plusWeeks(12);
    Map<String, Object> setting = Map.of("panelTheme", "Technical cooperation to strengthen the administration of justice",
        "panelThematicArea", "ADMINISTRATION_OF_JUSTICE", "sessionNumber", 22,
        "sessionStarts", sessionStarts.toString(), "sessionEnds", sessionStarts.plusWeeks(4).toString());

    Map<String, Object> backwards = new java.util.HashMap<>(setting);
    backwards.put("sessionEnds", sessionStarts.minusDays(1).toString());
    ResponseEntity<String> refused = start(rest, "manager1", backwards);
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody()).contains("sessionEnds");
    assertThat(start(rest, "officer1", setting).getStatusCode().value()).as("officers do not start panels").isEqualTo(403);
    ResponseEntity<String> started = start(rest, "manager1", setting);
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    String instance = EngineRest.json(started).get("id").asText();
    long panelId = ((Number) runtime.getVariable(instance, PanelVariables.PANEL_ID)).longValue();
    JsonNode panel = EngineRest.json(rest.api("manager1", HttpMethod.GET, "/api/panels/" + panelId, null));
    assertThat(panel.get("submissionDue").asText()).isEqualTo(sessionStarts.minusWeeks(6).toString());
    assertThat(panel.get("contributionsDue").asText()).isEqualTo(sessionStarts.minusWeeks(10).toString());

    long unodc = contributors.findByAccount("contributor1").orElseThrow().getId();
    long rapporteur = contributors.findByNameIgnoreCase("Special Rapporteur on the independence of judges and lawyers (demo)").orElseThrow().getId();
    JsonNode identify = rest.task("officer1", "HRC22-PANEL", "Task_IdentifyContributors");
    assertThat(identify.get("name").asText()).isEqualTo("Identify contributors: HRC22-PANEL");
    String nhri = "actor:" + StreamSupport.stream(EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/actors?country=KE", null)).spliterator(), false)
        .filter(actor -> actor.get("name").asText().equals("National Human Rights Commission (demo)")).findFirst().orElseThrow().get("id").asText();
    rest.work("officer1", "HRC22-PANEL", "Task_IdentifyContributors", Map.of("invitedContributors",
        List.of("contributor:" + unodc, "contributor:" + rapporteur, nhri)));
    List<JsonNode> awaited = contributionTasks(rest);
    assertThat(awaited).extracting(t -> t.get("name").asText()).containsExactlyInAnyOrder(
        "Record contribution of UN Office on Drugs and Crime (demo): HRC22-PANEL",
        "Record contribution of Special Rapporteur on the independence of judges and lawyers (demo): HRC22-PANEL",
        "Record contribution of National Human Rights Commission (demo) (Kenya): HRC22-PANEL");

    // a week passes: each contributor is reminded by e-mail, and the officer notes how else they reminded them
    for (Job reminder : management.createJobQuery().processInstanceId(instance).activityId("Event_ContributionReminderDue").list()) {
      management.executeJob(reminder.getId());
    }
    for (JsonNode remind : rest.tasks("officer1", "HRC22-PANEL").stream()
        .filter(t -> t.get("taskDefinitionKey").asText().equals("Task_RemindContributor")).toList()) {
      rest.ok(rest.claim("officer1", remind.get("id").asText()));
      rest.ok(rest.submit("officer1", remind.get("id").asText(), Map.of("reminderNote", "Called the focal point.")));
    }

    // the rapporteur's letter is recorded by the officer; the NHRI's and UNODC's deadlines pass without a contribution
    JsonNode letter = awaited.stream().filter(t -> t.get("name").asText().contains("Special Rapporteur")).findFirst().orElseThrow();
    rest.ok(rest.claim("officer1", letter.get("id").asText()));
    rest.ok(rest.submit("officer1", letter.get("id").asText(), Map.of("contributionText", "Judicial councils need secure tenure.",
        "contributionReceivedOn", LocalDate.now().toString())));
    for (Job deadline : management.createJobQuery().processInstanceId(instance).activityId("Event_ContributionDeadlinePassed").list()) {
      management.executeJob(deadline.getId());
    }
    rest.awaitTask("HRC22-PANEL", "Task_ReviewReport");
    String v1 = html(rest, panelId);
    assertThat(v1).contains("Judicial councils need secure tenure.", "No contribution received from: UN Office on Drugs and Crime (demo), National Human Rights Commission (demo) (Kenya)");

    ResponseEntity<String> late = rest.api("contributor1", HttpMethod.POST, "/api/panels/" + panelId + "/contributions",
        Map.of("text", "UNODC supported court case management in 12 States."));
    assertThat(late.getStatusCode().value()).as(late.getBody()).isEqualTo(201);
    assertThat(EngineRest.json(late).get("late").asBoolean()).as("after the deadline: kept, marked late").isTrue();
    assertThat(rest.api("contributor1", HttpMethod.POST, "/api/panels/" + panelId + "/contributions", Map.of("text", "again"))
        .getStatusCode().value()).isEqualTo(409);
    assertThat(rest.api("external1", HttpMethod.POST, "/api/panels/" + panelId + "/contributions", Map.of("text", "x"))
        .getStatusCode().value()).isEqualTo(403);

    rest.work("manager1", "HRC22-PANEL", "Task_ReviewReport", Map.of("reportDecision", "REVISE", "reviewComments", "Add an introduction."));
    rest.work("officer1", "HRC22-PANEL", "Task_ReviseReport", Map.of("reportIntroduction", "This report responds to resolution 21/21."));
    rest.awaitTask("HRC22-PANEL", "Task_ReviewReport");
    String v2 = html(rest, panelId);
    long justiceProjects = projects.findByThematicAreaOrderByBusinessKeyAsc(ThematicArea.ADMINISTRATION_OF_JUSTICE).size();
    assertThat(v2).contains("version 2", "This report responds to resolution 21/21.", "Judicial councils need secure tenure.",
        "Received late, on " + LocalDate.now().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)), "UNODC supported court case management in 12 States.",
        "No contribution received from: National Human Rights Commission (demo) (Kenya)",
        "OHCHR technical cooperation in administration of justice", justiceProjects + " projects");
    String french = rest.api("manager1", HttpMethod.GET, "/api/panels/" + panelId + "/report.html?lang=fr", null).getBody();
    assertThat(french).as("the same version in French").contains("<html lang=\"fr\">", "Projet de rapport, version 2",
        "This report responds to resolution 21/21.", "UNODC supported court case management in 12 States.",
        "Reçue en retard, le " + LocalDate.now().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH)),
        "Aucune contribution reçue de : National Human Rights Commission (demo) (Kenya).",
        "La coopération technique du HCDH, domaine : administration de la justice", "<th scope=\"col\">Bonnes pratiques</th>")
        .doesNotContain("Received late", "No contribution received", "OHCHR technical cooperation", "Draft report");
    ResponseEntity<byte[]> pdf = http.exchange("http://localhost:" + port + "/api/panels/" + panelId + "/report.pdf", HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(basic("manager1")), byte[].class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(new String(pdf.getBody(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(pdf.getBody().length).isGreaterThan(1000);
    org.tclifecycle.TaggedPdf.check(pdf.getBody(), "en", "Technical cooperation to strengthen the administration of justice", null);
    assertThat(rest.api("external1", HttpMethod.GET, "/api/panels/" + panelId + "/report.html", null).getStatusCode().value()).isEqualTo(403);

    rest.work("manager1", "HRC22-PANEL", "Task_ReviewReport", Map.of("reportDecision", "APPROVE"));
    rest.work("officer1", "HRC22-PANEL", "Task_SubmitReport", Map.of("submittedOn", LocalDate.now().toString(), "reportSymbol", "A/HRC/22/23"));
    rest.work("officer1", "HRC22-PANEL", "Task_RecordPanelHeld", Map.of("panelHeldOn", LocalDate.now().toString(),
        "panelSummary", "Fourteen States spoke.", "panelLessons", "Case management first."));
    JsonNode held = EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/panels/" + panelId, null));
    assertThat(held.get("reportSymbol").asText()).isEqualTo("A/HRC/22/23");
    assertThat(held.get("lessons").asText()).isEqualTo("Case management first.");
    assertThat(held.get("reportVersion").asInt()).isEqualTo(2);
    assertThat(StreamSupport.stream(held.get("contributions").spliterator(), false).map(c -> c.get("status").asText() + (c.get("late").asBoolean() ? " late" : "")))
        .containsExactlyInAnyOrder("RECEIVED", "RECEIVED late", "MISSING");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    contributorsWereEmailedTheRequestAReminderAndAReceipt((String) setting.get("panelTheme"));
  }

  void contributorsWereEmailedTheRequestAReminderAndAReceipt(String theme) {
    String requested = "Thematic panel " + theme + ": your contribution is requested";
    String reminded = "Reminder: your contribution to the thematic panel " + theme;
    String received = "Thematic panel " + theme + ": contribution received";
    await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
      assertThat(MailServer.to("panel@unodc.demo.example.org", theme)).extracting(MailServer::subject)
          .as("UNODC, late over the API").containsExactlyInAnyOrder(requested, reminded, received);
      assertThat(MailServer.to("srijl@demo.example.org", theme)).extracting(MailServer::subject)
          .as("the rapporteur, by letter").containsExactlyInAnyOrder(requested, reminded, received);
      assertThat(MailServer.to("commission@ke.demo.example.org", theme)).extracting(MailServer::subject)
          .as("the NHRI, missing").containsExactlyInAnyOrder(requested, reminded);
    });
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(MailServer.to("srijl@demo.example.org", requested).get(0)))
        .contains("to contribute to the thematic panel", "Special Rapporteur on the independence of judges and lawyers (demo)");
  }

  /** A contributor the officer adds with French as their language is asked, reminded and thanked in French. */
  @Test
  void aContributorAddedWithFrenchIsAskedInFrench() {
    EngineRest rest = new EngineRest(http, port);
    LocalDate sessionStarts = LocalDate.now().plusWeeks(14);
    String theme = "Coopération technique et institutions nationales des droits de l'homme";
    ResponseEntity<String> started = start(rest, "manager1", Map.of("panelTheme", theme, "panelThematicArea", "NATIONAL_HUMAN_RIGHTS_INSTITUTION",
        "sessionNumber", 24, "sessionStarts", sessionStarts.toString(), "sessionEnds", sessionStarts.plusWeeks(4).toString()));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);

    Map<String, Object> unknownLanguage = Map.of("newContributorName", "Commission nationale des droits de l'homme du Sénégal (démo)",
        "newContributorKind", "NHRI", "newContributorContact", "cndh@sn.demo.example.org", "newContributorLanguage", "wo");
    String task = rest.task("officer1", "HRC24-PANEL", "Task_IdentifyContributors").get("id").asText();
    rest.ok(rest.claim("officer1", task));
    ResponseEntity<String> refused = rest.submit("officer1", task, unknownLanguage);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("newContributorLanguage");
    Map<String, Object> french = new java.util.HashMap<>(unknownLanguage);
    french.put("newContributorLanguage", "fr");
    rest.ok(rest.submit("officer1", task, french));

    assertThat(contributors.findByNameIgnoreCase("Commission nationale des droits de l'homme du Sénégal (démo)").orElseThrow().getLanguage())
        .isEqualTo("fr");
    await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> assertThat(MailServer.to("cndh@sn.demo.example.org", theme))
        .extracting(MailServer::subject).containsExactly("Table ronde thématique " + theme + " : votre contribution est sollicitée"));
  }

  ResponseEntity<String> start(EngineRest rest, String user, Map<String, Object> setting) {
    return rest.call(user, HttpMethod.POST, "/process-definition/key/thematic-panel/submit-form", Map.of("variables", EngineRest.variables(setting)));
  }

  List<JsonNode> contributionTasks(EngineRest rest) {
    return rest.tasks("officer1", "HRC22-PANEL").stream().filter(t -> t.get("taskDefinitionKey").asText().equals("Task_RecordContribution")).toList();
  }

  String html(EngineRest rest, long panelId) {
    ResponseEntity<String> report = rest.api("officer1", HttpMethod.GET, "/api/panels/" + panelId + "/report.html", null);
    assertThat(report.getStatusCode().value()).isEqualTo(200);
    return report.getBody();
  }

  static org.springframework.http.HttpHeaders basic(String user) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setBasicAuth(user, EngineRest.DEMO_PASSWORD);
    return headers;
  }
}
