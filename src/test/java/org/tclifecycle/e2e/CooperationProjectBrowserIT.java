package org.tclifecycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
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

  /** The officer invites the actors the coverage table requires for a justice project, then records each one's input. */
  void consultationRecorded(String screen) {
    work("Plan consultation", () -> {
      app.choose("Ministry of Justice (demo) (government)");
      app.choose("Office of the Chief Registrar of the Judiciary (demo) (judiciary)");
      app.choose("National Human Rights Commission (demo) (NHRI, A status)");
      app.choose("Legal Aid Network (demo) (civil society)");
    }, screen + "-plan");
    for (int actor = 1; actor <= 4; actor++) {
      work("Record input of ", () -> {
        app.choose("Yes, input received");
        app.select("Method", "Meeting");
        app.date("consultedOn", LocalDate.now().minusDays(1));
        app.number("participantsWomen", "7");
        app.number("participantsMen", "5");
        app.number("participantsOther", "0");
        app.textarea("inputSummary", "Asked for legal-aid clinics in rural areas.");
        app.textarea("inputReflection", "Two rural clinics added to the activities.");
      }, screen + "-input-" + actor);
    }
  }

  @Test
  void officerAndManagerTakeAProjectFromRequestToClosure() {
    loginToTasklist("officer1");
    app.screenshot("officer-logged-in");
    app.startProcess("Cooperation project");
    app.search("countryCode", "Keny", "Kenya");
    app.text("requestingAuthority", "Office of the Attorney General");
    app.select("Thematic area", "Administration of justice");
    app.choose("Technical assistance");
    app.textarea("summary", "Support the judiciary in reducing pre-trial detention.");
    app.choose("Civil");
    app.choose("Social");
    app.textarea("recommendationIds", TestData.RECOMMENDATION);
    app.number("estimatedBudget", "120000");
    app.select("Preferred fund", "UPR Voluntary Fund for Financial and Technical Assistance");
    app.screenshot("request-form-filled");
    app.submitStartForm();
    app.screenshot("request-registered");

    app.openTask("Screen request");
    String taskTitle = app.visible(By.cssSelector(".task-details h2")).getText();
    String key = taskTitle.replaceAll(".*(TC-\\d{4}-\\d{4}).*", "$1");
    assertThat(taskTitle).isEqualTo("Screen request: " + key + " (KE)");
    assertThat(app.pageContains("Project " + key + " · State KE")).as("project and State on the form").isTrue();
    app.claim();
    app.complete();
    app.waitForText("Field is required.");
    app.screenshot("required-field-blocks-completion");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult()).isNotNull();
    app.choose("Yes, complete");
    app.complete();
    app.completed("Screen request");
    app.screenshot("screening-completed");

    work("Record State consent", () -> {
      app.choose("Consent given");
      app.text("consentSignatory", "H.E. the Permanent Representative");
      app.date("consentDate", LocalDate.now().minusDays(2));
      app.text("consentReference", "NV/2026/117");
      app.textarea("consentScope", "Technical assistance to the judiciary");
    }, "consent");
    work("Assess needs", () -> {
      app.textarea("findings", "Pre-trial detention exceeds legal limits in 3 of 5 regions.");
      app.textarea("priorityNeeds", "Case management; legal aid.");
      assertThat(app.tag("recommendationIds", "death penalty", "Death penalty"))
          .as("the request's recommendation is prefilled; the officer finds a noted one by its words")
          .anySatisfy(tag -> assertThat(tag).startsWith("A/HRC/99/10 · Supported"))
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
      assertThat(app.pageContains("Share of linked recommendations asking for a specific action: 50.0 %"))
          .as("the noted recommendation linked in the assessment asks for a specific action").isTrue();
      app.choose("Approve funding");
      app.textarea("fundingJustification", "Meets the criteria; the State identified the need in its UPR report.");
    }, "funding-decision");

    String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey("cooperation-project")
        .processInstanceBusinessKey(key).singleResult().getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
        .activityId("Event_ProgressReportDue").singleResult().getId());

    loginToTasklist("officer1");
    work("Report progress", () -> {
      app.textarea("progressSummary", "20 magistrates trained.");
      app.textarea("indicatorProgress", "12% fewer detainees beyond the legal limit.");
    }, "progress-report");
    work("Review execution", () -> app.textarea("reviewSummary", "On track; case management deployed in 2 regions."), "execution-review");
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
    app.waitForText("Close project: " + key + " (KE)");
    assertThat(app.pageContains("Project closed")).isTrue();
    app.click(By.cssSelector(".tc-history-title"));
    app.screenshot("cockpit-project-history");
  }

  @Test
  void wrongPasswordIsRefused() {
    app.login("tasklist", "manager2", "not-the-password");
    app.waitForText("Wrong credentials");
    app.screenshot("wrong-password-refused");
    assertThat(browser.get().driver.findElements(By.xpath("//a[normalize-space(.)='Log out']"))).isEmpty();
  }
}
