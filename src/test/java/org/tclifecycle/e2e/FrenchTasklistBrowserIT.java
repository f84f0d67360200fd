package org.tclifecycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.tclifecycle.consent.ConsentRecord;
import org.tclifecycle.consent.ConsentRepository;
import org.tclifecycle.project.ProjectRepository;

/**
 * An officer whose browser speaks French works in Tasklist: task names, forms, buttons, the task's Project tab
 * with its report links, the e-mail menu and the refusal of a date that could be read two ways are French; what
 * is stored is what they meant.
 */
@IntegrationTest
class FrenchTasklistBrowserIT {

  @RegisterExtension
  static BrowserPerClass browser = new BrowserPerClass("fr-FR");

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProjectRepository projects;
  @Autowired ConsentRepository consents;

  @Test
  void aFrenchSpeakingOfficerScreensARequestAndRecordsConsentInFrench() {
    EngineRest rest = new EngineRest(http, port);
    Map<String, Object> request = TestData.request();
    request.put("recommendationIds", java.util.List.of(TestData.RECOMMENDATION));
    org.springframework.http.ResponseEntity<String> created = rest.api("officer1", HttpMethod.POST, "/api/requests", request);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String key = EngineRest.json(created).get("businessKey").asText();
    rest.awaitTask(key, "Task_ScreenRequest");
    CamundaWebapp app = new CamundaWebapp(browser.get(), port);
    app.login("tasklist", "officer1", CamundaWebapp.PASSWORD);
    app.waitForText("Examiner la demande");
    app.waitForText("Tâches de mes groupes");
    assertThat(app.pageContains("My group's tasks")).as("the product's filters in French").isFalse();

    app.openTask("Examiner la demande");
    app.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Projet']"));
    app.waitForText("Rapport de l’État");
    assertThat(app.pageContains("Kenya")).isTrue();
    assertThat(browser.get().driver.findElement(By.xpath("//a[contains(@class,'tc-project-report')][normalize-space(.)='Rapport de l’État']"))
        .getDomAttribute("href")).isEqualTo("/api/states/KE/report.html?lang=fr");
    app.screenshot("fr-project-tab");
    app.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Formulaire']"));
    app.claim();
    app.waitForText("La demande est-elle complète ?");
    assertThat(app.pageContains("Is the request complete?")).isFalse();
    app.screenshot("fr-screen-request");
    app.choose("Oui, complète");
    app.complete();
    app.completed("Examiner la demande");
    rest.awaitTask(key, "Task_RecordConsent");

    app.openTask("Enregistrer le consentement de l'État");
    app.claim();
    app.choose("Consentement donné");
    app.complete(); // nothing typed yet: form-js's own check, whose messages Tasklist has in English only
    app.waitForText("Ce champ est obligatoire.");
    assertThat(app.pageContains("Field is required.")).as("form-js's message in French").isFalse();
    app.screenshot("fr-required-by-the-form");
    app.text("consentSignatory", "S.E. le Représentant permanent");
    app.text("consentDate", "05/11/2026");
    app.text("consentReference", "NV/2026/118");
    app.complete();
    app.waitForText("« 05/11/2026 » n’est pas une date que nous pouvons lire sans deviner");
    org.openqa.selenium.WebElement besideTheDate = app.refusalBeside("consentDate");
    assertThat(besideTheDate.getText()).as("in French, beside the field, naming it by its French label")
        .startsWith("Date de la décision : ").contains("« 05/11/2026 » n’est pas une date que nous pouvons lire sans deviner");
    assertThat(app.inView(besideTheDate)).isTrue();
    app.screenshot("fr-ambiguous-date-refused");
    long projectId = projects.findByBusinessKey(key).orElseThrow().getId();
    assertThat(consents.findByProjectIdOrderByIdAsc(projectId)).as("nothing stored for a date read two ways").isEmpty();
    app.dismissNotifications();
    app.text("consentDate", "5 novembre 2026");
    app.complete();
    app.completed("Enregistrer le consentement de l'État");
    assertThat(consents.findByProjectIdOrderByIdAsc(projectId)).extracting(ConsentRecord::getDecidedOn)
        .containsExactly(LocalDate.of(2026, 11, 5));

    app.click(By.cssSelector(".tc-email-toggle"));
    app.waitForText("Courriels sur mes tâches");
    assertThat(app.pageContains("un résumé quotidien")).isTrue();
    app.screenshot("fr-email-menu");
  }

  @Test
  void aFrenchSpeakingManagerReadsDecideFundingInFrench() {
    EngineRest rest = new EngineRest(http, port);
    String key = rest.projectAtFundingDecision();
    CamundaWebapp app = new CamundaWebapp(browser.get(), port);
    app.login("tasklist", "manager1", CamundaWebapp.PASSWORD);
    app.waitForText("Décider du financement");

    app.openTask("Décider du financement : " + key);
    app.claim();
    app.waitForText("Recommandation : ");
    assertThat(app.pageContains("Score de priorité (version ")).as("the criteria's decisions by their French names").isTrue();
    assertThat(app.pageContains("La société civile a contribué à une consultation sur le projet (§ 8, § 16) : 10 points."))
        .as("a rule's annotation in French").isTrue();
    assertThat(app.pageContains("La société civile a contribué : oui")).as("an input and its value in French").isTrue();
    assertThat(app.pageContains("État demandeur")).as("the request's facts in French").isTrue();
    assertThat(app.pageContains("Recommendation:")).isFalse();
    assertThat(app.pageContains("Requesting State")).isFalse();
    app.screenshot("fr-decide-funding");
  }
}
