package org.tclifecycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.tclifecycle.consent.ConsentRecord;
import org.tclifecycle.consent.ConsentRepository;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectRepository;
import org.tclifecycle.project.ProjectStatus;

/**
 * An officer and a manager take a project from request to closure in Tasklist, typing and clicking like a
 * person, and the manager finds its history in Cockpit. Screenshots of every step: target/e2e-screens/.
 */
@IntegrationTest
class CooperationProjectBrowserIT {

  static final String PASSWORD = CamundaWebapp.PASSWORD;

  @RegisterExtension
  static BrowserPerClass browser = new BrowserPerClass();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired ProjectRepository projects;
  @Autowired TestRestTemplate http;
  @Autowired ConsentRepository consents;

  CamundaWebapp app;

  @BeforeEach
  void setUp() {
    app = new CamundaWebapp(browser.get(), port);
  }

  void loginToTasklist(String user) {
    app.loginToTasklist(user);
  }

  void work(String taskName, Runnable fill, String screen) {
    app.work(taskName, fill, screen);
  }

  static final java.util.List<String> ACTORS = java.util.List.of("Ministry of Justice (demo) (government)",
      "Office of the Chief Registrar of the Judiciary (demo) (judiciary)", "National Human Rights Commission (demo) (NHRI, A status)",
      "Legal Aid Network (demo) (civil society)");

  /**
   * The officer invites the actors the coverage table requires for a justice project, then records their input
   * once: they were heard together at one meeting, so the first actor's task ticks the three others.
   */
  void consultationRecorded(String screen) {
    work("Plan consultation", () -> ACTORS.forEach(app::choose), screen + "-plan");
    work("Record input of ", () -> {
      app.choose("Yes, input received");
      ACTORS.stream().filter(app::offers).forEach(app::choose);
      app.select("Method", "Meeting");
      app.date("consultedOn", LocalDate.now().minusDays(1));
      app.number("participantsWomen", "7");
      app.number("participantsMen", "5");
      app.number("participantsOther", "0");
      app.textarea("inputSummary", "Asked for legal-aid clinics in rural areas.");
      app.textarea("inputReflection", "Two rural clinics added to the activities.");
    }, screen + "-joint-input");
    // the next stage's task shows up only if the three others' tasks were closed with this one
  }

  /** The start form of a request received by note verbale, filled as an officer does, with this estimated budget. */
  void fillRequest(String estimatedBudget) {
    app.search("countryCode", "Keny", "Kenya");
    app.text("requestingAuthority", "Office of the Attorney General");
    app.select("Thematic area", "Administration of justice");
    app.choose("Technical assistance");
    app.textarea("summary", "Support the judiciary in reducing pre-trial detention.");
    app.choose("Civil");
    app.choose("Social");
    app.textarea("recommendationIds", TestData.RECOMMENDATION);
    app.number("estimatedBudget", estimatedBudget);
    app.select("Preferred fund", "UPR Voluntary Fund for Financial and Technical Assistance");
  }

  /**
   * A value the form takes but the server refuses: the message appears under the field it names, by its label, and the
   * dialog scrolls to it (before, it sat at the top of the scrolled dialog and Start seemed to do nothing).
   */
  @Test
  void aRefusedRequestShowsEachMessageBesideItsFieldInTheStartFormsView() {
    loginToTasklist("officer1");
    long projectsBefore = projects.count();
    app.startProcess("Cooperation project");
    fillRequest("120,5");
    app.text("contactEmail", "justice at gov.example");
    app.pressStart();
    WebElement budget = app.refusalBeside("estimatedBudget");
    assertThat(budget.getText()).as("beside the field, naming it by its label")
        .startsWith("Estimated budget: \"120,5\" is not an amount we can read without guessing");
    WebElement email = app.refusalBeside("contactEmail");
    assertThat(email.getText()).startsWith("Contact e-mail: must be an e-mail address");
    assertThat(app.inView(email)).as("the dialog, at its Start button, scrolled up to the form's first refused field").isTrue();
    app.screenshot("request-refused-beside-its-fields");
    app.text("contactEmail", "cooperation@justice.go.ke.example");
    assertThat(projects.count()).as("nothing registered").isEqualTo(projectsBefore);
    app.number("estimatedBudget", "120,000");
    assertThat(app.refusalsBesideFields()).as("the messages beside the fields go once the fields are changed").isZero();
    app.click(By.xpath("//div[contains(@class,'modal-footer')]//*[self::button or self::a][normalize-space(.)='Close']"));
  }

  @Test
  void officerAndManagerTakeAProjectFromRequestToClosure() {
    loginToTasklist("officer1");
    app.screenshot("officer-logged-in");
    int clicksBeforeRequest = app.clicks();
    app.startProcess("Cooperation project");
    fillRequest("120,000");
    app.screenshot("request-form-filled");
    app.submitStartForm();
    app.screenshot("request-registered");

    app.openTask("Screen request");
    String taskTitle = app.visible(By.cssSelector(".task-details h2")).getText();
    String key = taskTitle.replaceAll(".*(TC-\\d{4}-\\d{4}).*", "$1");
    assertThat(projects.findByBusinessKey(key).orElseThrow().getEstimatedBudget())
        .as("\"120,000\" typed as the estimated budget is stored as 120000, not 120.00").isEqualByComparingTo("120000");
    assertThat(taskTitle).isEqualTo("Screen request: " + key + " (Kenya)");
    assertThat(app.pageContains("Project " + key + " · State Kenya")).as("project and State on the form").isTrue();
    app.waitForText("Support the judiciary in reducing pre-trial detention.");
    assertThat(app.pageContains("Kenya")).as("the request is shown on Screen request, the State by its name").isTrue();
    assertThat(app.pageContains("120,000.00 USD")).as("the estimated budget as stored").isTrue();
    app.screenshot("screen-request-shows-the-request");
    app.claim();
    app.complete();
    app.waitForText("Field is required.");
    app.screenshot("required-field-blocks-completion");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult()).isNotNull();
    app.choose("Yes, complete");
    app.complete();
    app.completed("Screen request");
    app.screenshot("screening-completed");

    app.openTask("Record State consent");
    app.claim();
    app.choose("Consent given");
    app.text("consentSignatory", "H.E. the Permanent Representative");
    app.text("consentDate", "05/11/2026");
    app.text("consentReference", "NV/2026/117");
    app.textarea("consentScope", "Technical assistance to the judiciary");
    app.complete();
    app.waitForText("Date of the decision: \"05/11/2026\" is not a date we can read without guessing");
    WebElement dateRefused = app.refusalBeside("consentDate");
    assertThat(dateRefused.getText()).startsWith("Date of the decision: \"05/11/2026\" is not a date we can read without guessing");
    assertThat(app.inView(dateRefused)).as("the refused field scrolled into view").isTrue();
    app.screenshot("ambiguous-date-refused");
    assertThat(consents.findByProjectIdOrderByIdAsc(projects.findByBusinessKey(key).orElseThrow().getId()))
        .as("nothing stored for a date that could be 5 November or 11 May").isEmpty();
    app.dismissNotifications();
    app.text("consentDate", "2026-11-05");
    app.complete();
    app.completed("Record State consent");
    app.screenshot("consent-completed");
    assertThat(consents.findByProjectIdOrderByIdAsc(projects.findByBusinessKey(key).orElseThrow().getId()))
        .extracting(ConsentRecord::getDecidedOn).containsExactly(LocalDate.of(2026, 11, 5));
    work("Assess needs", () -> {
      app.textarea("findings", "Pre-trial detention exceeds legal limits in 3 of 5 regions.");
      app.textarea("priorityNeeds", "Case management; legal aid.");
      assertThat(app.tag("recommendationIds", "death penalty", "Death penalty"))
          .as("the request's recommendation is prefilled; the officer finds a noted one by its words")
          .anySatisfy(tag -> assertThat(tag).startsWith("A/HRC/99/10 (Recommending State A (made-up)) · UPR · Supported"))
          .anySatisfy(tag -> assertThat(tag).contains("· Noted"));
    }, "needs-assessment");
    consultationRecorded("consultation-on-assessment");
    work("Design project", () -> {
      app.textarea("objectives", "Reduce pre-trial detention by 30%.");
      app.textarea("activities", "Train 60 magistrates; deploy case management.");
      app.select("Indicator 1: type", "Outcome");
      app.text("indicator1Title", "Share of detainees held beyond the legal limit");
      app.select("Indicator 1: measure", "Percentage");
      app.number("indicator1BaselineValue", "40");
      app.number("indicator1BaselineYear", "2025");
      app.number("indicator1TargetValue", "28");
      app.date("indicator1TargetDate", java.time.LocalDate.now().plusMonths(18));
      app.text("indicator1Source", "Judiciary case management statistics");
      app.number("budget", "110000");
      app.number("durationMonths", "18");
    }, "design");
    consultationRecorded("consultation-on-design");

    loginToTasklist("officer1");
    assertThat(app.taskNames()).as("an officer does not see the manager's approval task")
        .noneMatch(name -> name.startsWith("Decide funding"));
    app.screenshot("officer-does-not-see-funding-decision");

    loginToTasklist("manager1");
    work("Decide funding", () -> {
      app.waitForText("Recommendation: partial amount, up to 66,000.00 USD");
      assertThat(app.pageContains("Reduce pre-trial detention by 30%.")).as("the design's objectives on the manager's form").isTrue();
      assertThat(app.pageContains("Two rural clinics added to the activities.")).as("what national actors said, and how it was reflected").isTrue();
      assertThat(app.pageContains("Case management; legal aid.")).as("the priority needs").isTrue();
      app.screenshot("decide-funding-shows-the-facts");
      assertThat(app.pageContains("Share of linked recommendations asking for a specific action: 50.0 %"))
          .as("the noted recommendation linked in the assessment asks for a specific action").isTrue();
      app.choose("Reject");
      app.waitForText("Override: this decision goes against the published funding criteria");
      app.screenshot("rejecting-what-the-criteria-fund-is-flagged-as-override");
      app.choose("Approve funding");
      app.textarea("fundingJustification", "Meets the criteria; the State identified the need in its UPR report.");
    }, "funding-decision");
    int clicksToFunding = app.clicks() - clicksBeforeRequest;
    System.out.println("Clicks from request to funding decision (officer and manager, logins excluded): " + clicksToFunding);

    String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey("cooperation-project")
        .processInstanceBusinessKey(key).singleResult().getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
        .activityId("Event_ProgressReportDue").singleResult().getId());

    loginToTasklist("officer1");
    work("Report progress", () -> {
      app.textarea("progressSummary", "20 magistrates trained.");
      app.textarea("indicatorProgress", "12% fewer detainees beyond the legal limit.");
    }, "progress-report");
    work("Review execution", () -> {
      app.waitForText("12% fewer detainees beyond the legal limit.");
      assertThat(app.pageContains("Share of detainees held beyond the legal limit")).as("the indicators on the review").isTrue();
      app.textarea("reviewSummary", "On track; case management deployed in 2 regions.");
    }, "execution-review");
    consultationRecorded("consultation-on-execution");
    work("Record end of execution", () -> {
      app.waitForText("Indicator 1 (outcome, percentage): Share of detainees held beyond the legal limit; baseline 40 (2025)");
      app.textarea("endSummary", "All activities delivered.");
      app.number("indicator1Actual", "31");
    }, "execution-end");
    work("Follow up recommendation", () -> {
      app.select("Implementation status", "Partially implemented");
      app.textarea("evidence", "Criminal procedure amendment adopted.");
    }, "recommendation-follow-up");
    work("Follow up recommendation", () -> {
      app.select("Implementation status", "Not started");
      app.textarea("evidence", "No moratorium yet; the State noted this recommendation.");
    }, "noted-recommendation-follow-up");
    consultationRecorded("consultation-on-evaluation");
    work("Evaluate project", () -> {
      app.textarea("lessonsLearned", "Start with reliable detention data.");
      app.textarea("goodPractices", "Joint NHRI and judiciary monitoring visits.");
    }, "evaluation");

    loginToTasklist("manager1");
    work("Close project", () -> app.textarea("closureNote", "Objectives met."), "closure");
    Project closed = projects.findByBusinessKey(key).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(ProjectStatus.CLOSED);

    app.login("cockpit", "manager1", PASSWORD);
    app.click(By.xpath("//a[contains(@class,'tc-project-link')][normalize-space(.)='" + key + "']"));
    app.waitForText("History of " + key + " (COMPLETED)");
    app.waitForText("Close project: " + key + " (Kenya)");
    assertThat(app.pageContains("Project closed")).isTrue();
    app.waitForText("Funding: APPROVE, 66,000.00 USD");
    app.click(By.cssSelector(".tc-history-title"));
    app.screenshot("cockpit-project-history");
    // the report link opens in the Cockpit session, without the browser's password prompt
    app.open(app.visible(By.xpath("//a[contains(@class,'tc-report-link')][normalize-space(.)='State report']")).getAttribute("href"));
    app.waitForText("Technical cooperation and UPR follow-up: Kenya");
    assertThat(app.pageContains(key)).isTrue();
    app.screenshot("state-report-from-cockpit");
  }

  /**
   * More than 250,000 asked of the fund: the criteria refer the project to the Board of Trustees. The
   * secretariat schedules the session and records the Board's advice in Tasklist; the manager decides with
   * the advice on the form. The steps before the referral are taken over REST, as in the API tests.
   */
  @Test
  void theBoardsSecretariatRecordsTheAdviceTheManagerDecidesWith() {
    EngineRest rest = new EngineRest(http, port);
    java.util.Map<String, Object> request = new java.util.LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", java.util.List.of(TestData.RECOMMENDATION));
    String key = rest.projectAtNeedsAssessment(request);
    java.util.Map<String, Object> assessment = TestData.assessment();
    assessment.put("recommendationIds", java.util.List.of(TestData.RECOMMENDATION));
    java.util.Map<String, Object> design = new java.util.LinkedHashMap<>(TestData.design());
    design.put("budget", 400000);
    rest.work("officer1", key, "Task_AssessNeeds", assessment);
    rest.consult("officer1", key, "KE", "Task_DesignProject");
    rest.work("officer1", key, "Task_DesignProject", design);
    rest.consult("officer2", key, "KE", "Task_ScheduleBoardSession");

    loginToTasklist("secretary1");
    work("Schedule Board session: " + key, () -> {
      app.text("boardSessionName", "47th session of the Board of Trustees");
      app.date("boardSessionDate", LocalDate.now().plusDays(7));
    }, "board-session-scheduled");
    work("Record Board advice: " + key, () -> {
      app.waitForText("more than 250,000 is asked");
      app.date("boardSessionHeldOn", LocalDate.now());
      app.choose("Approve a lower amount");
      app.number("boardAdvisedAmount", "250000");
      app.text("boardMinutesReference", "VF-UPR/BT/47/3");
    }, "board-advice-recorded");

    loginToTasklist("manager1");
    work("Decide funding: " + key, () -> {
      app.waitForText("Board of Trustees: approve a lower amount, 250,000.00");
      app.choose("Approve funding");
      // following the Board's advice is no override, although the criteria alone would not fund this amount
      assertThat(app.pageContains("Override: this decision goes against")).as("no override warning when following the Board").isFalse();
      app.textarea("fundingJustification", "As the Board of Trustees advised at its 47th session.");
    }, "funding-decision-after-board");
    com.fasterxml.jackson.databind.JsonNode decision = EngineRest.json(rest.api("manager1", org.springframework.http.HttpMethod.GET,
        "/api/projects/" + key + "/funding-decision", null)).get("decisions").get(0);
    assertThat(decision.get("amount").decimalValue()).as("prefilled from the Board's advice").isEqualByComparingTo("250000");
    assertThat(decision.get("againstBoardAdvice").asBoolean()).isFalse();
    assertThat(decision.get("overridden").asBoolean()).isFalse();
  }

  /** A person picks from Tasklist's E-mail menu; the preference kept for them is what they picked. */
  @Test
  void anOfficerChoosesADailyDigestInFrenchFromTasklistsEmailMenu() {
    EngineRest rest = new EngineRest(http, port);
    String preference = "/api/users/officer2/notification-preference";
    loginToTasklist("officer2");
    app.click(By.cssSelector(".tc-email-toggle"));
    new org.openqa.selenium.support.ui.Select(app.visible(By.id("tc-email-delivery"))).selectByVisibleText("a daily digest");
    new org.openqa.selenium.support.ui.Select(app.visible(By.id("tc-email-language"))).selectByVisibleText("Français");
    app.click(By.xpath("//form[contains(@class, 'tc-email-form')]//button[normalize-space(.)='Save']"));
    app.waitForText("Saved.");
    app.screenshot("email-preference-saved");
    try {
      com.fasterxml.jackson.databind.JsonNode kept = EngineRest.json(rest.api("officer2", org.springframework.http.HttpMethod.GET, preference, null));
      assertThat(kept.get("delivery").asText()).isEqualTo("DIGEST");
      assertThat(kept.get("language").asText()).isEqualTo("fr");
    } finally {
      rest.api("officer2", org.springframework.http.HttpMethod.PUT, preference, java.util.Map.of("delivery", "IMMEDIATE", "language", "en"));
    }
  }

  @Test
  void wrongPasswordIsRefused() {
    app.login("tasklist", "manager2", "not-the-password");
    app.waitForText("Wrong credentials");
    app.screenshot("wrong-password-refused");
    assertThat(browser.get().driver.findElements(By.xpath("//a[normalize-space(.)='Log out']"))).isEmpty();
  }
}
