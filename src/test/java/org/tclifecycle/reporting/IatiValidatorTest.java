package org.tclifecycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The IATI file as the IATI Validator checks it: a project taken from request to closure, and projects
 * cancelled before and during execution, exported at each activity status (pipeline, implementation,
 * finalisation, closed, cancelled) and checked by {@link IatiValidator} (schema, codelists, ruleset) with
 * zero errors and zero warnings; then IATI's guidance on status and dates, budgets and transactions.
 */
@IntegrationTest
class IatiValidatorTest {

  static final BigDecimal DESIGN_BUDGET = new BigDecimal("110000.50");
  static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  @Test
  void aProjectFromRequestToClosureValidatesAtEveryStatusWithDatesBudgetsAndTransactions() throws Exception {
    String key = rest.projectAtNeedsAssessment(request());
    Activity pipeline = valid(key, "1");
    assertThat(pipeline.dates("2")).as("no actual start in the pipeline").isEmpty();
    assertThat(pipeline.dates("4")).isEmpty();
    assertThat(pipeline.dates("1")).as("a planned start (ruleset: a start date)").containsExactly(TODAY.toString());
    assertThat(pipeline.count("budget")).as("no budget before the design").isZero();

    rest.designedAndFunded(key, "KE", TestData.assessment());
    rest.work("officer1", key, "Task_ReviewExecution", Map.of("reviewSummary", "On track.", "indicatorProgress", "25% fewer",
        "expenditure", 12000.25, "indicator1Actual", 36));
    Activity implementation = valid(key, "2");
    assertThat(implementation.dates("2")).as("actual start when execution starts").containsExactly(TODAY.toString());
    assertThat(implementation.dates("4")).as("no actual end while implementing").isEmpty();
    assertThat(implementation.dates("3")).as("planned end: 18 months of the design")
        .containsExactly(TODAY.plusMonths(18).minusDays(1).toString());
    assertBudgetsCoverTheActivity(implementation);
    assertThat(implementation.values("budget/@status")).as("committed once funding is approved").containsOnly("2");
    assertThat(implementation.values("transaction[transaction-type/@code='2']/transaction-date/@iso-date"))
        .as("the approved funding as one commitment on the approval date").containsExactly(TODAY.toString());
    assertThat(implementation.values("transaction[transaction-type/@code='2']/provider-org/@ref")).as("the fund's configured identifier").containsExactly("XX-DEMO-UPRVF");
    assertThat(implementation.values("transaction[transaction-type/@code='4']/value")).containsExactly("12000.25");
    assertThat(implementation.values("result/indicator[@measure='2']/baseline/@value")).as("the quantitative indicator's baseline").containsExactly("40");
    assertThat(implementation.values("result/indicator[@measure='2']/period/target/@value")).containsExactly("28");
    assertThat(implementation.values("result/indicator[@measure='2']/period/actual/@value")).as("the value the review recorded").containsExactly("36");
    assertThat(implementation.values("result/indicator[@measure='5']/baseline/@value")).as("a qualitative indicator has no values").isEmpty();
    assertThat(implementation.values("result/indicator[@measure='5']/baseline/comment")).containsExactly("No time limit for serious offences");

    rest.consult("officer1", key, "KE", "Task_RecordExecutionEnd");
    Map<String, Object> end = new LinkedHashMap<>(TestData.finalIndicatorValues());
    end.putAll(Map.of("endSummary", "All activities delivered.", "expenditure", 80000));
    rest.work("officer1", key, "Task_RecordExecutionEnd", end);
    rest.awaitTask(key, "Task_FollowUpRecommendation");
    Activity finalisation = valid(key, "3");
    assertThat(finalisation.dates("4")).as("actual end when execution ends").containsExactly(TODAY.toString());
    assertThat(finalisation.dates("2")).hasSize(1);
    assertThat(finalisation.values("transaction[transaction-type/@code='4']/value")).containsExactly("12000.25", "80000.00");
    assertThat(finalisation.values("result/indicator[@measure='2']/period/actual/@value")).as("the final value").containsExactly("31.5");
    assertThat(finalisation.values("result/indicator[@measure='5']/period/actual/comment")).containsExactly("Amendment setting a 6-month limit adopted");
    com.fasterxml.jackson.databind.JsonNode view = EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/projects/" + key, null));
    assertThat(view.get("indicators").findValuesAsText("type")).as("the project view shows indicator progress").containsExactly("OUTCOME", "STRUCTURAL");
    assertThat(view.get("indicators").get(0).get("baselineValue").asDouble()).isEqualTo(40);
    assertThat(view.get("indicators").get(0).get("latestValue").asDouble()).isEqualTo(31.5);

    rest.work("officer1", key, "Task_FollowUpRecommendation", Map.of("implementationStatus", "IN_PROGRESS", "evidence", "Bail guidelines adopted."));
    rest.awaitTask(key, "Task_PlanConsultation");
    rest.consult("officer1", key, "KE", "Task_EvaluateProject");
    rest.work("officer1", key, "Task_EvaluateProject", Map.of("lessonsLearned", "Start with data.", "goodPractices", "Court-user committees."));
    assertThat(valid(key, "3").dates("4")).hasSize(1);
    rest.work("manager1", key, "Task_CloseProject", Map.of("closureNote", "Objectives met."));
    Activity closed = valid(key, "4");
    assertThat(closed.dates("2")).hasSize(1);
    assertThat(closed.dates("4")).as("a closed activity has its actual end").containsExactly(TODAY.toString());
    assertBudgetsCoverTheActivity(closed);
    assertThat(closed.rulesApplied()).as("dates, budget periods, transactions and their parties checked").contains(
        "//iati-activity date_order[0]", "//iati-activity date_order[1]", "//iati-activity date_order[2]", "//iati-activity date_order[3]",
        "//iati-activity time_limit[0]", "//iati-activity atleast_one[3]", "//iati-activity atleast_one[4]",
        "//budget date_order[0]", "//transaction date_order[0]", "//transaction date_order[1]");
  }

  @Test
  void cancelledProjectsValidateWithActualDatesOnlyWhereExecutionRan() throws Exception {
    String rejected = rest.projectAtNeedsAssessment(request());
    rest.atFundingDecision(rejected, "KE", TestData.assessment(), TestData.design());
    rest.work("manager1", rejected, "Task_DecideFunding", Map.of("fundingDecision", "REJECT", "overrideConfirmed", true,
        "fundingJustification", "Outside the criteria: the State's own programme on the same courts starts next year and covers this "
            + "work, so the Voluntary Fund's money would duplicate it."));
    Activity neverStarted = valid(rejected, "5");
    assertThat(neverStarted.dates("2")).as("rejected before execution: never started").isEmpty();
    assertThat(neverStarted.dates("4")).isEmpty();
    assertThat(neverStarted.count("transaction")).as("nothing committed").isZero();
    assertThat(neverStarted.values("budget/@status")).as("indicative only").containsOnly("1");

    String halted = rest.projectAtNeedsAssessment(request());
    rest.designedAndFunded(halted, "KE", TestData.assessment());
    Map<String, Object> withdrawal = Map.of("decision", "WITHDRAWN", "signatory", "H.E. the Minister",
        "date", TODAY.toString(), "reference", "NV/2026/10");
    assertThat(rest.api("officer1", HttpMethod.POST, "/api/requests/" + halted + "/consent", withdrawal).getStatusCode().value()).isEqualTo(200);
    rest.awaitTask(halted, "Task_ReviewHaltedProject");
    rest.work("manager1", halted, "Task_ReviewHaltedProject", Map.of("haltNote", "Consent withdrawn by the State."));
    Activity cancelled = valid(halted, "5");
    assertThat(cancelled.dates("2")).as("halted during execution: it had started").containsExactly(TODAY.toString());
    assertThat(cancelled.dates("4")).as("and ended when halted").containsExactly(TODAY.toString());
    assertThat(cancelled.count("transaction[transaction-type/@code='2']")).isEqualTo(1);
  }

  /**
   * Issue 18: what the product words comes in English and French, each narrative with its xml:lang; what people
   * typed comes once, without a language of its own (the product does not record it), so under the activity's
   * default language, and never again under a French tag.
   */
  @Test
  void productWordingIsPublishedInEnglishAndFrenchTypedTextOnceUnderTheActivitysLanguage() throws Exception {
    String key = rest.projectAtNeedsAssessment(request());
    rest.designedAndFunded(key, "KE", TestData.assessment());
    rest.work("officer1", key, "Task_ReviewExecution", Map.of("reviewSummary", "On track.", "indicatorProgress", "25% fewer",
        "expenditure", 12000.25, "indicator1Actual", 36));
    Activity activity = valid(key, "2");
    assertThat(activity.values("@*[name()='xml:lang']")).as("the activity's default language").containsExactly("en");

    assertThat(activity.narratives("reporting-org")).containsExactly(
        "en: Office of the United Nations High Commissioner for Human Rights (OHCHR)",
        "fr: Haut-Commissariat des Nations Unies aux droits de l’homme (HCDH)");
    assertThat(activity.narratives("participating-org[@role='3']")).isEqualTo(activity.narratives("reporting-org"));
    assertThat(activity.narratives("participating-org[@role='1']")).containsExactly(
        "en: Voluntary Fund for Financial and Technical Assistance in the Implementation of the Universal Periodic Review",
        "fr: Fonds de contributions volontaires pour l’assistance financière et technique aux fins de la mise en œuvre de l’Examen périodique universel");
    assertThat(activity.narratives("sector")).as("IATI's own names of DAC 15160").containsExactly("en: Human rights", "fr: Droits de la personne");
    assertThat(activity.narratives("recipient-country")).containsExactly("en: Kenya", "fr: Kenya");
    assertThat(activity.narratives("transaction[transaction-type/@code='2']/description")).containsExactly(
        "en: Funding approved by the TC manager", "fr: Financement approuvé par le gestionnaire de la coopération technique");
    assertThat(activity.narratives("transaction[transaction-type/@code='4']/description")).containsExactly(
        "en: Expenditure in the period of the report of " + TODAY, "fr: Dépenses de la période du rapport du " + TODAY);
    List<String> tag = activity.narratives("tag[@code='16.3']");
    assertThat(tag).hasSize(2);
    assertThat(tag.get(0)).as("UHRI's English text of the target").startsWith("en: 16.3 - ").contains(" (recommendations of: ");
    String mechanisms = tag.get(0).substring(tag.get(0).indexOf(" (recommendations of: ") + " (recommendations of: ".length());
    assertThat(tag.get(1)).isEqualTo("fr: Cible 16.3 des objectifs de développement durable (recommandations de : " + mechanisms);
    assertThat(activity.narratives("result/indicator[1]/description")).hasSize(2);
    assertThat(activity.narratives("result/indicator[1]/description").get(1)).startsWith("fr: Indicateur de résultat (modèle du HCDH). Source de vérification : ");

    String summary = (String) TestData.request().get("summary");
    String authority = (String) TestData.request().get("requestingAuthority");
    assertThat(activity.narratives("description[@type='1']")).as("typed: once, no language of its own").containsExactly(summary);
    assertThat(activity.narratives("participating-org[@role='4']")).containsExactly(authority);
    assertThat(activity.narratives("transaction[transaction-type/@code='4']/receiver-org")).containsExactly(authority);
    assertThat(activity.narratives("result/indicator[1]/title")).containsExactly("Share of detainees held beyond the legal limit");
    for (String typed : List.of("title", "description[@type='2']", "result/title", "result/description", "result/indicator/title",
        "result/indicator/baseline/comment", "result/indicator/period/actual/comment")) {
      assertThat(activity.narratives(typed)).as(typed).hasSize(activity.count(typed)).noneMatch(text -> text.matches("^[a-z]{2}: .*"));
    }
    List<String> french = activity.values("/narrative[@*[name()='xml:lang']='fr']");
    assertThat(french).as("French narratives: the product's wording only").isNotEmpty()
        .doesNotContain(summary, authority, "Share of detainees held beyond the legal limit", "25% fewer");
  }

  static Map<String, Object> request() {
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    return request;
  }

  /** IATI: budgets of at most a year each, back to back from the planned start to the planned end, adding up to the design's budget. */
  static void assertBudgetsCoverTheActivity(Activity activity) throws Exception {
    List<String> starts = activity.values("budget/period-start/@iso-date");
    List<String> ends = activity.values("budget/period-end/@iso-date");
    assertThat(starts).as("an 18-month activity: two budget periods").hasSize(2);
    assertThat(starts.get(0)).isEqualTo(activity.dates("1").get(0));
    assertThat(ends.get(ends.size() - 1)).isEqualTo(activity.dates("3").get(0));
    for (int i = 0; i < starts.size(); i++) {
      LocalDate start = LocalDate.parse(starts.get(i));
      LocalDate end = LocalDate.parse(ends.get(i));
      assertThat(end).as("each period at most a year").isBefore(start.plusYears(1));
      if (i > 0) {
        assertThat(start).as("no gap, no overlap").isEqualTo(LocalDate.parse(ends.get(i - 1)).plusDays(1));
      }
    }
    assertThat(activity.values("budget/value").stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add))
        .as("the whole budget, not the first year's").isEqualByComparingTo(DESIGN_BUDGET);
  }

  /** Exports the project, asserts the validator finds nothing and the status is the expected one. */
  Activity valid(String key, String status) throws Exception {
    ResponseEntity<String> response = rest.api("manager1", HttpMethod.GET, "/api/iati/activities.xml?project=" + key, null);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    IatiValidator.Report report = IatiValidator.check(response.getBody());
    assertThat(report.problems()).as("IATI Validator errors and warnings on\n" + response.getBody()).isEmpty();
    assertThat(report.codedValuesChecked()).isPositive();
    assertThat(report.rulesApplied()).as("the ruleset was applied").contains(
        "//iati-activity atleast_one[0]", "//iati-activity atleast_one[1]", "//iati-activity one_or_all[0]",
        "//iati-activity one_or_all[2]", "//iati-activity date_now[0]", "//iati-activity regex_matches[0]", "//iati-activity sum[0]",
        "//participating-org atleast_one[0]");
    Activity activity = new Activity(response.getBody(), report.rulesApplied());
    assertThat(activity.values("activity-status/@code")).containsExactly(status);
    return activity;
  }

  /** The one activity of an exported file, read with XPath relative to {@code iati-activity}. */
  record Activity(Document document, java.util.Set<String> rulesApplied) {
    Activity(String xml, java.util.Set<String> rulesApplied) throws Exception {
      this(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml))), rulesApplied);
    }

    List<String> values(String path) throws Exception {
      NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
          .evaluate("/iati-activities/iati-activity/" + path, document, XPathConstants.NODESET);
      List<String> values = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        values.add(nodes.item(i).getTextContent().trim());
      }
      return values;
    }

    /** The narratives of the elements at the path, "fr: text" for one with xml:lang, the bare text for one without. */
    List<String> narratives(String path) throws Exception {
      NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
          .evaluate("/iati-activities/iati-activity/" + path + "/narrative", document, XPathConstants.NODESET);
      List<String> narratives = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        String language = ((org.w3c.dom.Element) nodes.item(i)).getAttribute("xml:lang");
        narratives.add((language.isEmpty() ? "" : language + ": ") + nodes.item(i).getTextContent());
      }
      return narratives;
    }

    List<String> dates(String type) throws Exception {
      return values("activity-date[@type='" + type + "']/@iso-date");
    }

    int count(String path) throws Exception {
      return values(path).size();
    }
  }
}
