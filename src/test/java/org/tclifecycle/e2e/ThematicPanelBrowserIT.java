package org.tclifecycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.panel.PanelVariables;

/**
 * A manager and an officer run a whole thematic panel cycle in Tasklist, a contributor's system submits over
 * the API, and the manager downloads the report (HTTP Basic, as the browser asks). Screenshots: target/e2e-screens/.
 */
@IntegrationTest
class ThematicPanelBrowserIT {

  @RegisterExtension
  static BrowserPerClass browser = new BrowserPerClass();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;

  @Test
  void aManagerAndAnOfficerRunAPanelCycleInTasklistAndDownloadTheReport() {
    CamundaWebapp app = new CamundaWebapp(browser.get(), port);
    LocalDate sessionStarts = LocalDate.now().plusWeeks(12);
    app.loginToTasklist("manager1");
    app.startProcess("Thematic panel");
    app.text("panelTheme", "Technical cooperation to strengthen the administration of justice");
    app.select("Thematic area", "Administration of justice");
    app.number("sessionNumber", "23");
    app.date("sessionStarts", sessionStarts);
    app.date("sessionEnds", sessionStarts.plusWeeks(4));
    app.screenshot("panel-start-form-filled");
    app.submitStartForm();
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("HRC23-PANEL").singleResult().getId();
    Object panelId = runtime.getVariable(instance, PanelVariables.PANEL_ID);

    app.loginToTasklist("officer1");
    app.work("Identify contributors", () -> {
      app.choose("UN Office on Drugs and Crime (demo) (UN entity)");
      app.choose("Special Rapporteur on the independence of judges and lawyers (demo) (special-procedure mandate holder)");
    }, "panel-contributors");
    app.work("Record contribution of Special Rapporteur", () -> {
      app.textarea("contributionText", "Judicial councils need secure tenure.");
      app.date("contributionReceivedOn", LocalDate.now());
    }, "panel-contribution-recorded");
    EngineRest rest = new EngineRest(http, port);
    assertThat(rest.api("contributor1", HttpMethod.POST, "/api/panels/" + panelId + "/contributions",
        Map.of("text", "UNODC supported court case management in 12 States.")).getStatusCode().value()).isEqualTo(201);

    app.loginToTasklist("manager1");
    app.work("Review draft report", () -> app.choose("Approve"), "panel-report-review");
    app.loginToTasklist("officer1");
    app.work("Submit report", () -> {
      app.date("submittedOn", LocalDate.now());
      app.text("reportSymbol", "A/HRC/23/21");
    }, "panel-report-submitted");
    app.work("Record panel held", () -> {
      app.date("panelHeldOn", LocalDate.now());
      app.textarea("panelSummary", "Fourteen States and UNODC spoke.");
      app.textarea("panelLessons", "Case management before training.");
    }, "panel-held");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();

    // the review form links the report; without credentials the browser is asked for them (HTTP Basic)
    var anonymous = http.getForEntity("http://localhost:" + port + "/api/panels/" + panelId + "/report.html", String.class);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    var report = rest.api("manager1", HttpMethod.GET, "/api/panels/" + panelId + "/report.html", null);
    assertThat(report.getStatusCode().value()).isEqualTo(200);
    assertThat(report.getBody()).contains("Panel on Technical cooperation to strengthen the administration of justice",
        "UNODC supported court case management in 12 States.", "Judicial councils need secure tenure.");
  }
}
