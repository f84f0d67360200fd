package org.tclifecycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tclifecycle.IntegrationTest;

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
