package org.tclifecycle.panel;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile only: a made-up contributor list for the thematic panel; contributor1 submits over the API. */
@Component
@Order(5)
@Profile("demo")
class DemoContributors implements ApplicationRunner {

  private final PanelContributorRepository contributors;

  DemoContributors(PanelContributorRepository contributors) {
    this.contributors = contributors;
  }

  @Override
  public void run(ApplicationArguments args) {
    add("UN Office on Drugs and Crime (demo)", ContributorKind.UN_ENTITY, "panel@unodc.demo.example.org", "en", "contributor1");
    add("Special Rapporteur on the independence of judges and lawyers (demo)", ContributorKind.SPECIAL_PROCEDURE,
        "srijl@demo.example.org", "en", null);
    add("Regional human rights commission (demo)", ContributorKind.REGIONAL_ORGANISATION, "secretariat@region.demo.example.org", "fr", null);
  }

  private void add(String name, ContributorKind kind, String contact, String language, String account) {
    if (contributors.findByNameIgnoreCase(name).isEmpty()) {
      contributors.save(new PanelContributor(name, kind, contact, language, null, account, "demo"));
    }
  }
}
