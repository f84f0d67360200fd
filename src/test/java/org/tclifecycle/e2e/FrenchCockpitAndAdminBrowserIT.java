package org.tclifecycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.portfolio.SeededPortfolio;

/**
 * A manager whose browser speaks French opens Cockpit: Camunda's dashboard and our plugins (the cooperation
 * projects, the portfolio) read in French; the administrator's Admin reads in French too. Screenshots:
 * target/e2e-screens/.
 */
@IntegrationTest
class FrenchCockpitAndAdminBrowserIT {

  @RegisterExtension
  static BrowserPerClass browser = new BrowserPerClass("fr-FR");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void cockpitAndOurPluginsReadInFrench() {
    CamundaWebapp app = new CamundaWebapp(browser.get(), port);
    app.login("cockpit", "manager1", CamundaWebapp.PASSWORD);
    app.waitForText("Instances de processus en cours");
    app.waitForText("Projets de coopération");
    app.waitForText("Projets par étape");
    assertThat(app.visible(By.cssSelector(".tc-portfolio-filters button")).getText()).isEqualTo("Afficher");
    assertThat(app.pageContains("Running Process Instances")).isFalse();
    assertThat(app.pageContains("Cooperation projects")).isFalse();
    assertThat(app.pageContains("Projects by stage")).isFalse();
    app.screenshot("fr-cockpit-dashboard");

    // the portfolio's codes in French: the stages of the seeded projects, the filter's funds
    SeededPortfolio portfolio = SeededPortfolio.writtenNow(jdbc);
    try {
      app.visible(By.cssSelector(".tc-portfolio-filters input[name='year']")).sendKeys(String.valueOf(SeededPortfolio.YEAR));
      app.click(By.xpath("//form[contains(@class,'tc-portfolio-filters')]//button[normalize-space(.)='Afficher']"));
      app.waitForText(SeededPortfolio.key(1));
      List<String> stages = browser.get().driver.findElements(By.cssSelector("#tc-portfolio-byStage table tbody tr")).stream()
          .map(WebElement::getText).toList();
      assertThat(stages).containsExactly("Consentement 2", "Conception 1", "Financement 1", "Exécution 1", "Terminé 2");
      assertThat(app.visible(By.cssSelector("#tc-portfolio-byStage .tc-chart")).getDomAttribute("aria-label"))
          .contains("Projets par étape");
      assertThat(app.pageContains("Fonds de contributions volontaires pour la coopération technique")).isTrue();
      app.screenshot("fr-cockpit-portfolio");
    } finally {
      portfolio.remove();
    }
  }

  @Test
  void adminReadsInFrench() {
    CamundaWebapp app = new CamundaWebapp(browser.get(), port);
    app.login("admin", "admin", "Steward-2026!");
    app.waitForText("Autorisations");
    app.waitForText("Locataires");
    assertThat(app.pageContains("Authorizations")).isFalse();
    assertThat(app.pageContains("Tenants")).isFalse();
    app.screenshot("fr-admin-dashboard");
  }
}
