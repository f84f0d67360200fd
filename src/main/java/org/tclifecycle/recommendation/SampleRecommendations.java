package org.tclifecycle.recommendation;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo and the tests: loads the made-up sample export shipped in {@code uhri/} at start (an upsert,
 * so a restart changes nothing). Real registries are loaded by a manager, over REST or the command line.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "tc.recommendations.load-sample", havingValue = "true")
class SampleRecommendations implements ApplicationRunner {

  static final String SAMPLE = "uhri-sample-made-up.json";

  private final UhriImport importer;

  SampleRecommendations(UhriImport importer) {
    this.importer = importer;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    try (InputStream in = SampleRecommendations.class.getResourceAsStream("/uhri/" + SAMPLE)) {
      importer.run(in, UhriFormat.JSON, SAMPLE, "system");
    }
  }
}
