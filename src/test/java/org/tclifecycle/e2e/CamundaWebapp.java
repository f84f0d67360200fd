package org.tclifecycle.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Tasklist and Cockpit as a person uses them: log in, pick a task, claim it, fill its Camunda Form, complete. */
final class CamundaWebapp {

  private final Browser browser;
  private final WebDriver driver;
  private final String baseUrl;
  private final WebDriverWait wait;
  private int clicks;

  CamundaWebapp(Browser browser, int port) {
    this.browser = browser;
    this.driver = browser.driver;
    this.baseUrl = "http://localhost:" + port + "/camunda/app/";
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  void login(String app, String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + app + "/default/");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    username.sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
  }

  void loggedIn() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//a[normalize-space(.)='Log out']")));
  }

  WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Scrolls the element to the middle of the window first: Tasklist's footer covers the bottom edge. */
  void click(By locator) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
    clicks++;
  }

  /** Clicks a person made so far (links, buttons, options; typing not counted). */
  int clicks() {
    return clicks;
  }

  /** Opens a link's address in this tab, as a person does with a link that would open another tab. */
  void open(String href) {
    driver.get(href);
  }

  boolean pageContains(String text) {
    return driver.findElement(By.tagName("body")).getText().contains(text);
  }

  void waitForText(String text) {
    wait.until(d -> pageContains(text));
  }

  // --- Tasklist ---

  static final String PASSWORD = "Demo-2026!";

  void loginToTasklist(String user) {
    login("tasklist", user, PASSWORD);
    loggedIn();
  }

  /** Claim, fill, complete, and check the task is gone from the task view; screenshots of the filled and completed form. */
  void work(String taskName, Runnable fill, String screen) {
    openTask(taskName);
    claim();
    fill.run();
    screenshot(screen + "-filled");
    complete();
    try {
      completed(taskName);
    } catch (org.openqa.selenium.TimeoutException stillOpen) {
      screenshot(screen + "-not-completed"); // the refusal the form shows, for whoever reads the failure
      throw stillOpen;
    }
    screenshot(screen + "-completed");
  }


  void startProcess(String processName) {
    click(By.xpath("//a[contains(normalize-space(.),'Start process')]"));
    click(By.xpath("//a[normalize-space(.)=" + literal(processName) + "]"));
    visible(By.cssSelector(".fjs-form"));
  }

  void submitStartForm() {
    pressStart();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
  }

  /** Clicks the start form's Start button, and nothing more: a refused form keeps the dialog open. */
  void pressStart() {
    click(By.xpath("//button[normalize-space(.)='Start']"));
  }

  /**
   * The message a refusal wrote beside the field with this key, once shown: inside the field's own block (its label,
   * its input), the input marked invalid and described by the message.
   */
  WebElement refusalBeside(String key) {
    WebElement message = visible(By.xpath("//div[contains(@class,'fjs-form-field')][.//*[substring(@id, string-length(@id) - "
        + ("Field_" + key).length() + ")=" + literal("-Field_" + key) + "]]//*[contains(@class,'tc-refusal')]"));
    WebElement input = driver.findElement(By.cssSelector(".fjs-form [id$='-Field_" + key + "']"));
    if (!"true".equals(input.getDomAttribute("aria-invalid"))
        || !String.valueOf(input.getDomAttribute("aria-describedby")).contains(message.getDomAttribute("id"))) {
      throw new AssertionError("the input " + key + " is not marked invalid and described by the refusal " + message.getDomAttribute("id"));
    }
    return message;
  }

  int refusalsBesideFields() {
    return driver.findElements(By.cssSelector(".fjs-form .tc-refusal")).size();
  }

  /** Whether a person sees the element now: its middle is inside the window and nothing covers it (a dialog's scroll included). */
  boolean inView(WebElement element) {
    return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "const r = arguments[0].getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;"
            + "if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;"
            + "const seen = document.elementFromPoint(x, y); return seen === arguments[0] || arguments[0].contains(seen);", element));
  }

  /** Opens the first task whose name starts with the given text, reloading the list until it shows up. */
  void openTask(String namePrefix) {
    By task = By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[starts-with(normalize-space(.)," + literal(namePrefix) + ")]");
    for (int attempt = 0; attempt < 15; attempt++) {
      try {
        taskListLoaded();
      } catch (org.openqa.selenium.TimeoutException stillLoading) {
        driver.navigate().refresh(); // a reload that hung on a busy machine: reload again, as a person would
        continue;
      }
      List<WebElement> found = driver.findElements(task);
      if (!found.isEmpty()) {
        try {
          found.get(0).click();
        } catch (org.openqa.selenium.StaleElementReferenceException listRedrawn) {
          continue; // Tasklist redrew its list (it refreshes after a completion) between finding and clicking
        }
        clicks++;
        visible(By.cssSelector(".task-details .fjs-form"));
        return;
      }
      pause(1000);
      driver.navigate().refresh();
    }
    throw new AssertionError("No task " + literal(namePrefix) + " in " + taskNames());
  }

  private void taskListLoaded() {
    wait.until(d -> !d.findElements(By.cssSelector("ol.tasks-list li.task")).isEmpty() || pageContains("No task matching"));
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  List<String> taskNames() {
    taskListLoaded();
    return driver.findElements(By.cssSelector("ol.tasks-list h4.task a")).stream().map(WebElement::getText).toList();
  }

  /** Claims the open task, then reloads it: Tasklist re-renders the form after a claim, which would wipe typing. */
  void claim() {
    click(By.cssSelector("button.claim"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    driver.navigate().refresh();
    visible(By.cssSelector(".task-details .fjs-form"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
  }

  void complete() {
    dismissNotifications();
    click(By.cssSelector(".task-details button[ng-click='complete()']"));
  }

  /** Closes the notices Tasklist stacks in the bottom-right corner, as a person would before clicking there. */
  void dismissNotifications() {
    for (WebElement close : driver.findElements(By.cssSelector(".page-notifications .close"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
  }

  /** After a completion Tasklist closes the task view; a refused form keeps it open with a message. */
  void completed(String taskName) {
    wait.until(d -> d.findElements(By.xpath("//*[contains(@class,'task-details')]//h2[contains(@class,'task')][starts-with(normalize-space(.)," + literal(taskName) + ")]")).isEmpty());
  }

  // --- Camunda Forms fields, found by their key ---

  private By field(String tag, String key) {
    return By.cssSelector(".fjs-form " + tag + "[id$='-Field_" + key + "']");
  }

  void text(String key, String value) {
    type(field("input", key), value);
  }

  void textarea(String key, String value) {
    type(field("textarea", key), value);
  }

  /** form-js number fields ignore clear(): select all and type over. Amounts are text fields read by the server. */
  void number(String key, String value) {
    type(field("input", key), value);
  }

  /**
   * Types, leaves the field as a person does (form-js commits a field's debounced value when it loses focus),
   * and checks the field kept the value: form-js may re-render a field while the previous one settles.
   */
  private void type(By locator, String value) {
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement input = visible(locator);
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      input.sendKeys(value);
      ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].blur();", input);
      pause(400);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> value.equals(d.findElement(locator).getDomProperty("value")));
        return;
      } catch (org.openqa.selenium.TimeoutException retry) {
        // typed into a field that was being replaced; type again
      }
    }
    throw new AssertionError("Could not type into " + locator);
  }

  /** Date fields are text fields that take year-month-day (or the month in words): no locale can misread them. */
  void date(String key, LocalDate date) {
    text(key, date.toString());
  }

  /** A select: open it and pick the option with this label. */
  void select(String label, String option) {
    click(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(.)," + literal(label) + ")]]//div[contains(@class,'fjs-input-group')]"));
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=" + literal(option) + "]"));
  }

  /** A searchable select: type part of the option, then pick it. */
  void search(String key, String typed, String option) {
    visible(field("input", key)).sendKeys(typed);
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=" + literal(option) + "]"));
  }

  /** A tag list: type words of the option, pick the option that contains {@code optionPart}; returns the tags now shown. */
  List<String> tag(String key, String typed, String optionPart) {
    visible(field("input", key)).sendKeys(typed);
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.)," + literal(optionPart) + ")]"));
    return driver.findElements(By.cssSelector(".fjs-taglist-tag")).stream().map(WebElement::getText).toList();
  }

  /** A radio option or a checklist box, by the label a person reads. */
  void choose(String optionLabel) {
    click(option(optionLabel));
  }

  /** Whether the form offers this option (radio, checkbox of a checklist) at all. */
  boolean offers(String optionLabel) {
    return !driver.findElements(option(optionLabel)).isEmpty();
  }

  private static By option(String optionLabel) {
    return By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space(.)=" + literal(optionLabel) + "]");
  }

  /** An XPath string literal of any text, apostrophes included (French: « l'État »). */
  static String literal(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  void screenshot(String step) {
    browser.screenshot(step);
  }
}
