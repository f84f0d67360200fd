package org.tclifecycle.reporting;

import org.tclifecycle.design.ProjectIndicator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.tclifecycle.funding.BoardReferrals;
import org.tclifecycle.project.Project;

/** What the API tells about a project: where it stands, the State's consent, who must act next, who was consulted. */
public record ProjectView(
    String businessKey,
    String countryCode,
    String requestingAuthority,
    String thematicArea,
    String assistanceType,
    String preferredFund,
    BigDecimal estimatedBudget,
    String currency,
    Set<String> rightsCategories,
    String stage,
    String status,
    Instant createdAt,
    Consent consent,
    List<OpenTask> openTasks,
    List<Consultation> consultations,
    List<Recommendation> recommendations,
    Funding funding,
    BoardReferrals.Advice boardReferral,
    List<Indicator> indicators) {

  public record Consent(String decision, String signatory, LocalDate decidedOn, String reference, String channel) {}

  public record OpenTask(String name, List<String> candidateGroups, Date due) {}

  /** A recorded round; {@code jointInputs}: "actor: joint input with X, Y" for input recorded once for several actors. */
  public record Consultation(String stage, Set<String> actorTypes, LocalDate consultedOn, int participants, List<String> jointInputs) {}

  public record Recommendation(String id, String latestStatus) {}

  /** A results indicator of the design with its baseline, target and the latest value reported (the final one after execution). */
  public record Indicator(int number, String type, String title, String measure, BigDecimal baselineValue, int baselineYear,
      String baselineComment, BigDecimal targetValue, LocalDate targetDate, List<String> recommendationIds, String verificationSource,
      BigDecimal latestValue, String latestComment) {

    static Indicator of(IndicatorProgress.Measured measured) {
      ProjectIndicator i = measured.indicator();
      return new Indicator(i.getNumber(), i.getType().name(), i.getTitle(), i.getMeasure().name(), i.getBaselineValue(), i.getBaselineYear(),
          i.getBaselineComment(), i.getTargetValue(), i.getTargetDate(), i.getRecommendationIds(), i.getVerificationSource(),
          measured.latest() == null ? null : measured.latest().getValue(), measured.latest() == null ? null : measured.latest().getComment());
    }
  }

  /**
   * The latest funding decision; {@code overridden} when the manager decided against the published criteria
   * or, for a project referred to the Board of Trustees, against the Board's advice ({@code againstBoardAdvice}).
   */
  public record Funding(String decision, String fund, BigDecimal amount, String recommendedAllocation, boolean overridden,
      boolean againstBoardAdvice) {}

  public record Summary(String businessKey, String countryCode, String thematicArea, String preferredFund,
      String stage, String status, Instant createdAt) {

    static Summary of(Project project) {
      return new Summary(project.getBusinessKey(), project.getCountryCode(), project.getThematicArea().name(),
          project.getPreferredFund().name(), project.getStage().name(), project.getStatus().name(), project.getCreatedAt());
    }
  }

  /** One page of projects; hasNext tells whether a next page holds any (there is no exact total, see ProjectController). */
  public record Page(List<Summary> items, int page, int size, boolean hasNext) {}
}
