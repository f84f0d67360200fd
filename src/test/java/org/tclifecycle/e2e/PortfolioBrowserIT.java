package org.tclifecycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.portfolio.SeededPortfolio;

/**
 * A manager opens the portfolio dashboard in Cockpit, filters it to a year, and opens the heatmap on the
 * cooperation-project diagram for a period. Screenshots: target/e2e-screens/.
 */
@IntegrationTest
class PortfolioBrowserIT {

  @RegisterExtension
  static BrowserPerClass browser = new BrowserPerClass();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repository;
  SeededPortfolio portfolio;

  @BeforeEach
  void seed() {
    portfolio = SeededPortfolio.writtenNow(jdbc);
  }

  @AfterEach
  void removeSeed() {
    portfolio.remove();
  }

  @Test
  void aManagerSeesThePortfolioWithChartsAndTablesAndTheHeatmapOnTheDiagram() {
    CamundaWebapp app = new CamundaWebapp(browser.get(), port);
    WebDriver driver = browser.get().driver;
    app.login("cockpit", "manager1", CamundaWebapp.PASSWORD);
    app.waitForText("Projects by stage");
    app.visible(By.cssSelector("#tc-portfolio-byStage canvas"));

    app.visible(By.cssSelector(".tc-portfolio-filters input[name='year']")).sendKeys(String.valueOf(SeededPortfolio.YEAR));
    app.click(By.xpath("//form[contains(@class,'tc-portfolio-filters')]//button[normalize-space(.)='Show']"));
    app.waitForText(SeededPortfolio.key(1));
    // each chart's figures are in the table beside it
    List<String> stages = driver.findElements(By.cssSelector("#tc-portfolio-byStage table tbody tr")).stream().map(WebElement::getText).toList();
    assertThat(stages).containsExactly("consent 2", "design 1", "funding 1", "execution 1", "ended 2");
    assertThat(driver.findElement(By.cssSelector("#tc-portfolio-byStage .tc-chart")).getAttribute("aria-label")).contains("Projects by stage");
    assertThat(driver.findElement(By.cssSelector("#tc-portfolio-stageDurations table")).getText()).contains("screening 5 3 5.2");
    assertThat(driver.findElement(By.cssSelector("#tc-portfolio-envelopes a.tc-csv")).getAttribute("href"))
        .endsWith("/api/portfolio/envelopes.csv?year=" + SeededPortfolio.YEAR);
    app.screenshot("cockpit-portfolio-dashboard");
    ((JavascriptExecutor) driver).executeScript("document.getElementById('tc-portfolio-envelopes').scrollIntoView()");
    app.screenshot("cockpit-portfolio-funds");

    String definition = repository.createProcessDefinitionQuery().processDefinitionKey("cooperation-project").latestVersion().singleResult().getId();
    driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
    app.visible(By.cssSelector(".tc-heatmap-panel form"));
    ((JavascriptExecutor) driver).executeScript("const form = document.querySelector('.tc-heatmap-panel form');"
        + "form.from.value = '" + SeededPortfolio.YEAR + "-01-01'; form.to.value = '" + SeededPortfolio.YEAR + "-12-31';");
    app.click(By.xpath("//details[contains(@class,'tc-heatmap-panel')]//button[normalize-space(.)='Show']"));
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".tc-heatmap-badge")).stream()
        .anyMatch(badge -> badge.getText().equals("5 projects · median 1 d")));
    assertThat(driver.findElement(By.cssSelector(".tc-heatmap-panel table")).getText()).contains("Task_ScreenRequest 5 1 2");
    app.screenshot("cockpit-heatmap");
    // the panel folds away to show the badges on the diagram
    app.click(By.cssSelector(".tc-heatmap-panel summary"));
    assertThat(driver.findElement(By.cssSelector(".tc-heatmap-panel")).getAttribute("open")).isNull();
    app.screenshot("cockpit-heatmap-diagram");
  }
}
