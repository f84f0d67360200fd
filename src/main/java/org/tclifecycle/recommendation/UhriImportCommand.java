package org.tclifecycle.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command line entry point: {@code --tc.import-uhri=<file>} imports the file, prints what it did or
 * every refused record, and exits (0 imported, 1 refused, 2 unreadable). The {@code import} profile
 * keeps the web server and the job executor off meanwhile (README, "Loading UPR recommendations").
 */
@Component
@ConditionalOnProperty("tc.import-uhri")
class UhriImportCommand implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(UhriImportCommand.class);

  private final UhriImport importer;
  private final ConfigurableApplicationContext context;

  UhriImportCommand(UhriImport importer, ConfigurableApplicationContext context) {
    this.importer = importer;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    Path file = Path.of(context.getEnvironment().getRequiredProperty("tc.import-uhri"));
    String mode = context.getEnvironment().getProperty("tc.import-uhri-mode", "lenient");
    int code = importFile(file, ImportMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)));
    System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
  }

  /** 0 imported (in lenient mode records that cannot be used are skipped and reported), 1 refused, 2 not readable. */
  int importFile(Path file, ImportMode mode) {
    UhriFormat format = UhriFormat.of(file.getFileName().toString());
    if (format == null || !Files.isReadable(file)) {
      LOG.error("{} is not a readable UHRI export ending in .json or .csv", file);
      return 2;
    }
    String user = "cli:" + System.getProperty("user.name", "unknown");
    try (InputStream in = Files.newInputStream(file)) {
      UhriImport.Summary done = importer.run(in, format, mode, file.getFileName().toString(), user);
      LOG.info("Imported {}: {} records, {} new, {} changed, {} unchanged, {} skipped ({} problems, report {}); {} without a country; "
          + "country names without an ISO code: {}", file, done.records(), done.created(), done.updated(), done.unchanged(),
          done.skipped(), done.problems(), done.report(), done.withoutCountry(), done.unmappedCountries());
      return 0;
    } catch (UhriImport.Refused refused) {
      LOG.error("{} was not imported: {}", file, refused.getMessage());
      refused.errors().forEach(e -> LOG.error("  record {} {} {}: {}", e.index(), e.annotationId() == null ? "" : e.annotationId(), e.field(), e.message()));
      return 1;
    } catch (IOException e) {
      LOG.error("{} could not be read: {}", file, e.getMessage());
      return 2;
    }
  }
}
