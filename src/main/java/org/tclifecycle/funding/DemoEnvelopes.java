package org.tclifecycle.funding;

import java.math.BigDecimal;
import java.time.Year;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tclifecycle.project.Fund;

/** Demo profile only: made-up envelopes in USD for this year, large enough for demos, tests and the benchmark. */
@Component
@Order(6)
@Profile("demo")
class DemoEnvelopes implements ApplicationRunner {

  static final BigDecimal AMOUNT = new BigDecimal("100000000.00");

  private final FundEnvelopes envelopes;

  DemoEnvelopes(FundEnvelopes envelopes) {
    this.envelopes = envelopes;
  }

  @Override
  public void run(ApplicationArguments args) {
    int year = Year.now().getValue();
    for (Fund fund : Fund.values()) {
      if (envelopes.remaining(fund, year, "USD").isEmpty()) {
        envelopes.add(fund, year, "USD", AMOUNT, "demo");
      }
    }
  }
}
