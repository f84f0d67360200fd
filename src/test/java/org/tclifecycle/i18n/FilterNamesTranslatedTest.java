package org.tclifecycle.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tclifecycle.IntegrationTest;

/** Tasklist shows the product's filters in the reader's language: the script knows each filter's name and description as created. */
@IntegrationTest
class FilterNamesTranslatedTest {

  @Autowired FilterService filters;

  @Test
  void theTasklistScriptTranslatesEveryFilterTheProductCreates() throws Exception {
    String script = Files.readString(Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/tc-filter-names/plugin.js"))
        .replace("\\'", "'");
    assertThat(filters.createFilterQuery().list()).isNotEmpty().allSatisfy((Filter filter) -> {
      assertThat(script).contains("'" + filter.getName() + "'");
      assertThat(script).contains("'" + filter.getProperties().get("description") + "'");
    });
  }
}
