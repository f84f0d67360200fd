package org.tclifecycle.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/**
 * Each decision task shows, through Camunda's REST API as Tasklist reads it, the facts it decides on, in
 * plain words, and every task has a description.
 */
@IntegrationTest
class DecisionFactsTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  /** A facts table as Tasklist gets it: form variables, JSON given as text (deserializeValues=false). */
  List<String> rows(String user, JsonNode task, String variable, String... columns) throws Exception {
    JsonNode variables = rest.ok(rest.call(user, HttpMethod.GET,
        "/task/" + task.get("id").asText() + "/form-variables?deserializeValues=false", null));
    assertThat(variables.has(variable)).as(variable + " on " + task.get("name").asText()).isTrue();
    return EngineRest.tableRows(variables, variable, columns);
  }

  @Test
  void screeningShowsTheRequestAndFundingShowsDesignNeedsConsultationAndRights() throws Exception {
    String key = EngineRest.json(rest.correlate("officer1", "RequestSubmitted", null, TestData.request()))
        .get(0).get("processInstance").get("businessKey").asText();
    rest.awaitTask(key, "Task_ScreenRequest");
    JsonNode screening = rest.task("officer1", key, "Task_ScreenRequest");
    assertThat(screening.get("description").asText()).startsWith("Read the State's request shown on the form");
    assertThat(rows("officer1", screening, BriefingVariables.REQUEST_FACTS, "fact", "value")).contains(
        "Requesting State | Kenya",
        "Requesting authority | Office of the Attorney General",
        "Thematic area | Administration of justice",
        "Type of assistance | Technical assistance",
        "Summary of the request | Support the judiciary in reducing pre-trial detention.",
        "Rights categories affected | Civil, Social",
        "Estimated budget | 120,000.00 USD",
        "Preferred fund | UPR Voluntary Fund for Financial and Technical Assistance");

    rest.work("officer1", key, "Task_ScreenRequest", java.util.Map.of("screeningOutcome", "COMPLETE"));
    rest.awaitTask(key, "Task_RecordConsent");
    rest.giveConsent("external1", key);
    rest.work("officer1", key, "Task_AssessNeeds", TestData.assessment());
    rest.consult("officer1", key, "KE", "Task_DesignProject");
    JsonNode design = rest.task("officer1", key, "Task_DesignProject");
    assertThat(rows("officer1", design, BriefingVariables.ASSESSMENT_FACTS, "fact", "value")).containsExactly(
        "Findings | Pre-trial detention exceeds legal limits in 3 of 5 regions.",
        "Priority needs | Case management; legal aid.");

    rest.work("officer1", key, "Task_DesignProject", TestData.design());
    rest.consult("officer2", key, "KE", "Task_DecideFunding");
    JsonNode funding = rest.task("manager1", key, "Task_DecideFunding");
    assertThat(funding.get("description").asText()).contains("You may not decide on a project you designed");
    assertThat(rows("manager1", funding, BriefingVariables.DESIGN_FACTS, "fact", "value")).contains(
        "Objectives | Reduce pre-trial detention by 30%.",
        "Indicators | Figures from the judiciary's case management system, by region.");
    assertThat(rows("manager1", funding, BriefingVariables.DESIGN_FACTS, "fact")).contains("Budget", "Co-funding", "Asked of the fund", "Duration");
    assertThat(rows("manager1", funding, BriefingVariables.REQUEST_FACTS, "fact")).contains("Summary of the request");
    assertThat(rows("manager1", funding, BriefingVariables.ASSESSMENT_FACTS, "fact")).contains("Findings", "Priority needs");
    List<String> heard = rows("manager1", funding, BriefingVariables.CONSULTATION_FACTS, "stage", "response", "input");
    assertThat(heard).as("every actor heard on the assessment and on the design")
        .contains("Assessment | Responded | Asked for legal-aid clinics in rural areas.",
            "Design | Responded | Asked for legal-aid clinics in rural areas.");
    assertThat(rows("manager1", funding, BriefingVariables.RIGHTS_FACTS, "fact", "value"))
        .contains("Justification of the rights focus | none needed");
  }
}
