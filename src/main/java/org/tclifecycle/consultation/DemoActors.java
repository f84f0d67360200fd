package org.tclifecycle.consultation;

import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile only: a made-up registry of national actors for the demo States, so consultations can be planned. */
@Component
@Order(4)
@Profile("demo")
class DemoActors implements ApplicationRunner {

  private final NationalActorRegistry registry;

  DemoActors(NationalActorRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String country : new String[] {"KE", "SN", "BR"}) {
      if (!registry.ofState(country).isEmpty()) {
        continue;
      }
      String domain = country.toLowerCase() + ".demo.example.org";
      add(country, ActorType.GOVERNMENT, "Ministry of Justice (demo)", "justice@" + domain, null, null, null);
      add(country, ActorType.PARLIAMENT, "Parliamentary committee on human rights (demo)", "committee@" + domain, null, null, null);
      add(country, ActorType.JUDICIARY, "Office of the Chief Registrar of the Judiciary (demo)", "registrar@" + domain, null, null, null);
      add(country, ActorType.NHRI, "National Human Rights Commission (demo)", "commission@" + domain, GanhriStatus.A,
          LocalDate.of(2021, 3, 15), null);
      add(country, ActorType.CIVIL_SOCIETY, "Legal Aid Network (demo)", "contact@legalaid." + domain, null, null,
          "Access to justice; pre-trial detention");
      add(country, ActorType.CIVIL_SOCIETY, "Women's Rights Coalition (demo)", "info@womensrights." + domain, null, null,
          "Gender equality; gender-based violence");
    }
  }

  private void add(String country, ActorType type, String name, String contact, GanhriStatus status, LocalDate accredited, String focus) {
    registry.add(new NewActor(country, type, name, contact, status, accredited, focus), "demo");
  }
}
