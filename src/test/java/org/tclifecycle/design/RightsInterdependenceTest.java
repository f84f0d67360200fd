package org.tclifecycle.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.tclifecycle.project.JournalEntry;
import org.tclifecycle.project.JournalRepository;
import org.tclifecycle.project.ProjectRepository;

/** A project that touches civil and political rights only is justified by an officer before funding (§7). */
@IntegrationTest
class RightsInterdependenceTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProjectRepository projects;
  @Autowired JournalRepository journal;

  @Test
  void aProjectOnCivilAndPoliticalRightsOnlyIsJustifiedBeforeTheManagerDecidesFunding() {
    EngineRest rest = new EngineRest(http, port);
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    Map<String, Object> assessment = TestData.assessment();
    assessment.put("rightsCategories", List.of("CIVIL", "POLITICAL"));
    String key = rest.projectAtAssessmentConsultation(request, assessment);
    rest.consult("officer1", key, "KE", "Task_DesignProject");
    // a fifth co-funded: without the points for both families of rights the score stays at 30, so the
    // criteria send the project to the manager rather than to the Board of Trustees (under 30)
    Map<String, Object> design = new LinkedHashMap<>(TestData.design());
    design.put("coFunding", 30000);
    rest.work("officer1", key, "Task_DesignProject", design);
    rest.consult("officer2", key, "KE", "Task_JustifyRightsFocus");
    assertThat(rest.task("manager2", key, "Task_DecideFunding", false)).as("no funding decision before the justification").isNull();

    String justify = rest.task("officer2", key, "Task_JustifyRightsFocus").get("id").asText();
    rest.ok(rest.claim("officer2", justify));
    var empty = rest.submit("officer2", justify, Map.of("rightsFocusJustification", " "));
    assertThat(empty.getStatusCode().value()).isEqualTo(400);
    assertThat(empty.getBody()).contains("rightsFocusJustification");
    rest.ok(rest.submit("officer2", justify, Map.of("rightsFocusJustification",
        "The State's social-protection reform is supported by a UNDP programme; this project complements it on fair trial.")));

    rest.awaitTask(key, "Task_DecideFunding");
    Long projectId = projects.findByBusinessKey(key).orElseThrow().getId();
    assertThat(journal.findByProjectIdOrderByIdAsc(projectId)).filteredOn(entry -> entry.getKind() == JournalEntry.Kind.RIGHTS_FOCUS)
        .singleElement().satisfies(entry -> assertThat(entry.getNote()).startsWith("ONLY_CIVIL_POLITICAL: The State's social-protection"));
  }
}
