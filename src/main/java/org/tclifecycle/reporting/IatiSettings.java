package org.tclifecycle.reporting;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.tclifecycle.project.Fund;

/**
 * Who publishes the IATI file and who funds: the organisation identifier registered with IATI (prefix of
 * every activity identifier), and the IATI organisation identifier of each fund's funder
 * ({@code tc.iati.funder-refs.<FUND>}); a fund without one is published by name only. The defaults in
 * application.yaml are placeholders starting with {@code XX-DEMO-}: set the real identifiers in production.
 * Names (OHCHR's, the funds') are the product's wording, in every language, from the messages bundles.
 */
@ConfigurationProperties("tc.iati")
public record IatiSettings(String organisationId, Map<Fund, String> funderRefs) {

  public IatiSettings {
    funderRefs = funderRefs == null ? Map.of() : Map.copyOf(funderRefs);
  }

  String funderRef(Fund fund) {
    String ref = funderRefs.get(fund);
    return ref == null || ref.isBlank() ? null : ref;
  }
}
