package org.tclifecycle.portfolio;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The managers' portfolio dashboard in one answer: every figure computed by SQL aggregates, each table downloadable as CSV. */
@Schema(description = "The portfolio's figures for the filters given; each list is also GET /api/portfolio/{table}.csv")
public record Portfolio(PortfolioFilter filters, Instant computedAt,
    @Schema(description = "table byStage: projects by the stage they are in (ENDED for finished ones)") List<StageCount> byStage,
    @Schema(description = "table byState: projects by State, and how many are still open") List<StateCount> byState,
    @Schema(description = "table stageDurations: days spent in each stage over the finished stage periods, recorded with each stage change (back-filled from Camunda's history)") List<StageDuration> stageDurations,
    @Schema(description = "table consentWaiting: requests waiting for the State's consent") List<ConsentWaiting> consentWaiting,
    @Schema(description = "table consentWaits: the longest waits for consent, longest first (at most 100)") List<ConsentWait> consentWaits,
    @Schema(description = "table overdueByGroup: open tasks past their due date by candidate group") List<GroupOverdue> overdueByGroup,
    @Schema(description = "table overdueTasks: the open tasks past their due date, most overdue first (at most 100), with a Tasklist link") List<OverdueTask> overdueTasks,
    @Schema(description = "the overdue tasks the list leaves out, and Tasklist's Overdue filter (the tasks of the reader's groups)") OverdueNotListed overdueNotListed,
    @Schema(description = "table consultations: rounds, the share that heard both the NHRI and civil society, exceptions granted") List<ConsultationShare> consultations,
    @Schema(description = "table participants: people who took part in consultations, by sex as recorded") List<Participants> participants,
    @Schema(description = "table envelopes: each fund envelope's amount, committed and remaining") List<Envelope> envelopes,
    @Schema(description = "table fundOverrides: funding decisions per fund and how many overrode the criteria or the Board's advice") List<FundOverrides> fundOverrides,
    @Schema(description = "table recommendationStatus: linked recommendations by their latest implementation status") List<StatusCount> recommendationStatus,
    @Schema(description = "table unaddressedRecommendations: per State, supported recommendations and how many no project addresses") List<StateRecommendations> unaddressedRecommendations,
    @Schema(description = "table deadlines: coming deadlines (progress reports, task due dates, Board sessions, panel dates), soonest first (at most 100)") List<Deadline> deadlines) {

  public record StageCount(String stage, long projects) {}

  public record StateCount(String country, long projects, long open) {}

  public record StageDuration(String stage, long periods, Double medianDays, Double p90Days) {}

  public record ConsentWaiting(long requests, Double medianDays, Double longestDays) {}

  public record ConsentWait(String projectKey, String country, Double waitingDays) {}

  public record GroupOverdue(String group, long tasks, Double mostDaysOverdue) {}

  public record OverdueTask(String taskId, String task, String projectKey, String group, Instant due, Double daysOverdue, String link) {}

  public record OverdueNotListed(long tasks, String link) {}

  public record ConsultationShare(long rounds, long roundsHearingNhriAndCivilSociety, Double shareHearingNhriAndCivilSociety,
      long exceptionsGranted) {}

  public record Participants(String sex, long participants) {}

  public record Envelope(String fund, int year, String currency, BigDecimal amount, BigDecimal committed, BigDecimal remaining) {}

  public record FundOverrides(String fund, long decisions, long overridden, long againstBoardAdvice) {}

  public record StatusCount(String status, long recommendations) {}

  public record StateRecommendations(String country, long supported, long addressed, long unaddressed) {}

  public record Deadline(LocalDate due, String kind, String subject, String what) {}
}
