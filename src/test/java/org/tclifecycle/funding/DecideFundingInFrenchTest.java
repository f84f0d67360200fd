package org.tclifecycle.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.tclifecycle.briefing.BriefingVariables;

/**
 * A French-speaking manager reads Decide funding in French, through Camunda's REST API as Tasklist reads a
 * task's form variables: the recommendation, the funding criteria's reasons (the decision tables'
 * annotations), the inputs and the facts tables; an English reader reads them as before, and nobody sees the
 * other language's variables.
 */
@IntegrationTest
class DecideFundingInFrenchTest {

  private static final List<String> FRENCH_MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
      "septembre", "octobre", "novembre", "décembre");
  private static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December");

  /** French groups thousands with a (narrow) no-break space: 48 000,30. */
  private static final String SPACE = "[\\u00A0\\u202F ]";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  JsonNode read(String path, String acceptLanguage) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("manager1", EngineRest.password("manager1"));
    if (acceptLanguage != null) {
      headers.set("Accept-Language", acceptLanguage);
    }
    return rest.ok(http.exchange("http://localhost:" + port + "/engine-rest" + path, HttpMethod.GET, new HttpEntity<>(headers), String.class));
  }

  static List<String> rows(JsonNode variables, String variable, String... columns) throws Exception {
    return EngineRest.tableRows(variables, variable, columns);
  }

  static List<String> names(JsonNode variables) {
    List<String> names = new ArrayList<>();
    variables.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void aFrenchManagerReadsTheRecommendationItsReasonsAndTheFactsInFrench() throws Exception {
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    String key = rest.projectAtNeedsAssessment(request);
    Map<String, Object> assessment = TestData.assessment();
    assessment.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    Map<String, Object> design = new LinkedHashMap<>(TestData.design());
    design.put("coFunding", 30000);
    rest.atFundingDecision(key, "KE", assessment, design);
    String taskId = rest.task("manager1", key, "Task_DecideFunding").get("id").asText();

    JsonNode french = read("/task/" + taskId + "/form-variables?deserializeValues=false", "fr-FR,fr;q=0.9,en;q=0.5");
    assertThat(names(french)).as("no variable of another language in the answer").noneMatch(name -> name.contains("__"));
    String summary = french.get("fundingRecommendation").get("value").asText();
    assertThat(summary)
        .matches("(?s)\\*\\*Recommandation : montant partiel, jusqu’à 48" + SPACE + "000,30 USD\\*\\* "
            + "\\(Un score de priorité de 30 à 59 : au plus 60 % du montant\\)\\. Score de priorité 40 ; montant demandé au fonds 80" + SPACE + "000,50 USD ; .*")
        .contains("*Attribution du financement (version ", "*Score de priorité (version ")
        .contains("L’institution nationale des droits de l’homme a contribué à une consultation sur le projet (§ 16) : 10 points.")
        .contains("Au moins un cinquième du budget provient d’autres sources : 10 points.")
        .contains("Données : ", "L’INDH a contribué : oui ;", "Pays le moins avancé : non ;", "Part du budget cofinancée : 27,3 % ;")
        .contains("Décider autrement est une dérogation")
        .doesNotContain("Recommendation", "Inputs", ": yes;", ": no;");
    assertThat(rows(french, BriefingVariables.REQUEST_FACTS, "fact", "value")).contains(
        "État demandeur | Kenya",
        "Domaine thématique | Administration de la justice",
        "Résumé de la demande | Support the judiciary in reducing pre-trial detention.")
        .anySatisfy(row -> assertThat(row).matches("Budget estimé \\| 120" + SPACE + "000,00 USD"));
    assertThat(rows(french, BriefingVariables.DESIGN_FACTS, "fact", "value")).contains("Durée | 18 mois", "Objectifs | Reduce pre-trial detention by 30%.");
    assertThat(rows(french, BriefingVariables.RIGHTS_FACTS, "fact", "value"))
        .contains("Justification de l’orientation en matière de droits | aucune n’est nécessaire");
    assertThat(rows(french, BriefingVariables.CONSULTATION_FACTS, "stage", "response"))
        .contains("Évaluation des besoins | A répondu", "Conception | A répondu");
    // dates with the month in words, never 05/11/2026 (5 November in Geneva, 11 May in New York)
    LocalDate received = LocalDate.now(ZoneOffset.UTC);
    LocalDate heard = LocalDate.now().minusDays(1);
    assertThat(rows(french, BriefingVariables.REQUEST_FACTS, "fact", "value"))
        .contains("Reçue le | " + received.getDayOfMonth() + " " + FRENCH_MONTHS.get(received.getMonthValue() - 1) + " " + received.getYear());
    assertThat(rows(french, BriefingVariables.CONSULTATION_FACTS, "heard"))
        .contains(heard.getDayOfMonth() + " " + FRENCH_MONTHS.get(heard.getMonthValue() - 1) + " " + heard.getYear() + ", Réunion");

    JsonNode english = read("/task/" + taskId + "/form-variables?deserializeValues=false", null);
    assertThat(names(english)).noneMatch(name -> name.contains("__"));
    assertThat(english.get("fundingRecommendation").get("value").asText())
        .startsWith("**Recommendation: partial amount, up to 48,000.30 USD** (priority score from 30 to 59: at most 60 % of the amount). Priority score 40; amount asked of the fund 80,000.50 USD; ")
        .contains("The national human rights institution gave input to a consultation on the project (§16): 10 points.")
        .contains("Inputs: ", "NHRI gave input: yes;", "Least developed country: no;", "Share of the budget co-funded: 27.3 %;")
        .endsWith("Deciding otherwise is an override: say why in the justification; it is flagged in the reports.");
    assertThat(rows(english, BriefingVariables.REQUEST_FACTS, "fact", "value")).contains("Requesting State | Kenya", "Estimated budget | 120,000.00 USD");
    assertThat(rows(english, BriefingVariables.DESIGN_FACTS, "fact", "value")).contains("Duration | 18 months");
    assertThat(rows(english, BriefingVariables.REQUEST_FACTS, "fact", "value"))
        .contains("Received on | " + received.getDayOfMonth() + " " + ENGLISH_MONTHS.get(received.getMonthValue() - 1) + " " + received.getYear());
    assertThat(rows(english, BriefingVariables.CONSULTATION_FACTS, "heard"))
        .contains(heard.getDayOfMonth() + " " + ENGLISH_MONTHS.get(heard.getMonthValue() - 1) + " " + heard.getYear() + ", Meeting");

    // the other ways a client reads a task's variables: all of them, some by name, one
    assertThat(read("/task/" + taskId + "/variables?deserializeValues=false", "fr").get("fundingRecommendation").get("value").asText())
        .isEqualTo(summary);
    JsonNode byName = read("/task/" + taskId + "/form-variables?variableNames=fundingRecommendation,requestFacts&deserializeValues=false", "fr");
    assertThat(byName.get("fundingRecommendation").get("value").asText()).isEqualTo(summary);
    assertThat(rows(byName, BriefingVariables.REQUEST_FACTS, "fact")).contains("État demandeur");
    assertThat(read("/task/" + taskId + "/variables/fundingRecommendation", "fr").get("value").asText()).isEqualTo(summary);
    assertThat(read("/task/" + taskId + "/variables/fundingRecommendation", "en").get("value").asText()).startsWith("**Recommendation: ");

    assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where task_id_ = ? and name_ like '%\\_\\_fr' escape '\\'",
        Integer.class, taskId)).as("history keeps no translation").isZero();
  }
}
