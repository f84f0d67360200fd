package org.tclifecycle.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A registry actor invited to a panel is named with its State, within the contributor's 200 characters. */
class ContributorNameTest {

  @Test
  void anActorIsNamedWithItsState() {
    assertThat(IdentifyContributorsForm.contributorName("Kenya National Commission on Human Rights", "KE"))
        .isEqualTo("Kenya National Commission on Human Rights (Kenya)");
  }

  @Test
  void aLongNameGivesWayToItsStateAndFits() {
    String name = "A".repeat(190);
    String contributor = IdentifyContributorsForm.contributorName(name, "BA");
    assertThat(contributor).hasSize(IdentifyContributorsForm.NAME_LENGTH).endsWith("… (Bosnia & Herzegovina)").startsWith("AAAA");
  }
}
