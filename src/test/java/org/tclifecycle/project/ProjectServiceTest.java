package org.tclifecycle.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tclifecycle.IntegrationTest;

@IntegrationTest
class ProjectServiceTest {

  @Autowired ProjectService projects;
  @Autowired ConsentGuard consents;

  static CooperationRequest request() {
    return new CooperationRequest("SN", "Ministry of Justice", ThematicArea.ADMINISTRATION_OF_JUSTICE,
        AssistanceType.CAPACITY_BUILDING, "Train prison staff", List.of(), Set.of(RightsCategory.CIVIL),
        new BigDecimal("5000.00"), "XOF", Fund.REGULAR_BUDGET, null, null);
  }

  @Test
  void concurrentRegistrationsGetDistinctConsecutiveKeysOfTheYear() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> registrations = IntStream.range(0, 16)
          .<Callable<String>>mapToObj(i -> () -> projects.register(request(), IntakeChannel.NOTE_VERBALE, null).getBusinessKey())
          .toList();
      List<String> keys = pool.invokeAll(registrations).stream().map(ProjectServiceTest::get).sorted().toList();
      assertThat(keys).doesNotHaveDuplicates().allMatch(k -> k.matches("TC-" + Year.now() + "-\\d{4}"));
      int first = Integer.parseInt(keys.get(0).substring(8));
      assertThat(keys.stream().map(k -> Integer.parseInt(k.substring(8))))
          .containsExactlyElementsOf(IntStream.range(first, first + 16).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
  }

  private static String get(Future<String> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void noStageAfterConsentRunsWithoutTheStatesConsentOnRecord() {
    Project project = projects.register(request(), IntakeChannel.NOTE_VERBALE, null);
    projects.enterStage(project.getId(), ProjectStage.CONSENT);
    for (ProjectStage stage : List.of(ProjectStage.NEEDS_ASSESSMENT, ProjectStage.DESIGN, ProjectStage.FUNDING,
        ProjectStage.EXECUTION, ProjectStage.FOLLOW_UP, ProjectStage.EVALUATION)) {
      assertThatThrownBy(() -> projects.enterStage(project.getId(), stage)).hasMessageContaining("consent is not on record");
    }
    assertThat(projects.get(project.getId()).getStage()).isEqualTo(ProjectStage.CONSENT);
    assertThat(consents.hasConsent(project.getId())).isFalse();
  }

  @Test
  void endingAProjectRecordsItsOutcome() {
    Project project = projects.register(request(), IntakeChannel.EXTERNAL_SYSTEM, null);
    projects.end(project.getId(), ProjectStatus.LAPSED);
    Project ended = projects.get(project.getId());
    assertThat(ended.getStatus()).isEqualTo(ProjectStatus.LAPSED);
    assertThat(ended.getStage()).isEqualTo(ProjectStage.ENDED);
  }
}
