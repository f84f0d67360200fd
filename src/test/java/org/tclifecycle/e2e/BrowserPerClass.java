package org.tclifecycle.e2e;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One headless browser per browser-test class, closed after it, and a screenshot of what it showed when a
 * test failed. Register as a static field: {@code @RegisterExtension static BrowserPerClass browser = ...}.
 */
final class BrowserPerClass implements BeforeAllCallback, AfterAllCallback, TestWatcher {

  private final String language;
  private Browser browser;

  BrowserPerClass() {
    this(null);
  }

  /** A browser speaking this language, e.g. "fr-FR". */
  BrowserPerClass(String language) {
    this.language = language;
  }

  Browser get() {
    return browser;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    browser = new Browser(language);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    browser.close();
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
  }
}
