package org.tclifecycle.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/** Every form's header names the State in the reader's language ("State Senegal", "État Sénégal"), not by its code. */
@IntegrationTest
class StateNameInFormsTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  JsonNode formVariables(String taskId, String language) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("officer1", EngineRest.DEMO_PASSWORD);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return EngineRest.json(http.exchange("http://localhost:" + port + "/engine-rest/task/" + taskId + "/form-variables",
        HttpMethod.GET, new HttpEntity<>(headers), String.class));
  }

  @Test
  void theHeaderNamesTheStateInTheReadersLanguage() throws Exception {
    String key = rest.projectAtNeedsAssessment(new LinkedHashMap<>(Map.of("countryCode", "SN", "requestingAuthority", "Ministère de la Justice",
        "thematicArea", "ADMINISTRATION_OF_JUSTICE", "assistanceType", "TECHNICAL_ASSISTANCE", "summary", "Tribunaux mobiles.",
        "recommendationIds", List.of(TestData.recommendationFor("SN")), "rightsCategories", List.of("CIVIL"), "estimatedBudget", 50000,
        "currency", "EUR", "preferredFund", "BILATERAL_DONOR")));
    JsonNode task = rest.task("officer1", key, "Task_AssessNeeds");

    assertThat(formVariables(task.get("id").asText(), "fr").get(StateNameInForms.VARIABLE).get("value").asText()).isEqualTo("Sénégal");
    JsonNode english = formVariables(task.get("id").asText(), "en");
    assertThat(english.get(StateNameInForms.VARIABLE).get("value").asText()).isEqualTo("Senegal");
    assertThat(english.has(StateNameInForms.VARIABLE + LanguageVariables.SEPARATOR + "fr")).isFalse();

    assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where name_ like 'stateName%' and proc_inst_id_ = ?",
        Long.class, task.get("processInstanceId").asText())).as("a display copy, not history").isZero();
  }
}
