package org.tclifecycle.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: the driver path is given, so Selenium
 * Manager downloads nothing. Screenshots are numbered in the order they are taken.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENS = Path.of("target", "e2e-screens");
  private static int screenshots;

  final WebDriver driver;
  private final Path profile;

  Browser() throws IOException {
    this(null);
  }

  /** A browser whose language (Accept-Language and navigator.language) is {@code language}, or Chromium's default. */
  Browser(String language) throws IOException {
    profile = Files.createTempDirectory("tc-e2e-chromium");
    ChromeOptions options = new ChromeOptions();
    if (language != null) {
      options.addArguments("--lang=" + language);
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    }
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1600,1100", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    Files.createDirectories(SCREENS);
  }

  synchronized void screenshot(String step) {
    try {
      File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENS.resolve("%02d-%s.png".formatted(++screenshots, step)), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
