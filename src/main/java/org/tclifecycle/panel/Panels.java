package org.tclifecycle.panel;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.project.LifecycleTimers;

/**
 * The thematic panels and their contributions. Named {@code panels} because the {@code thematic-panel}
 * model reads its deadlines and its per-contributor loop here.
 */
@Service("panels")
@Transactional
public class Panels {

  private final ThematicPanelRepository panels;
  private final PanelContributionRepository contributions;
  private final LifecycleTimers timers;

  Panels(ThematicPanelRepository panels, PanelContributionRepository contributions, LifecycleTimers timers) {
    this.panels = panels;
    this.contributions = contributions;
    this.timers = timers;
  }

  ThematicPanel register(PanelSetting setting, String processInstanceId, String manager) {
    LocalDate submissionDue = setting.sessionStarts().minus(Period.parse(timers.getPanelSubmissionLead()));
    LocalDate contributionsDue = submissionDue.minus(Period.parse(timers.getPanelContributionLead()));
    return panels.save(new ThematicPanel(setting, processInstanceId, contributionsDue, submissionDue, manager));
  }

  public ThematicPanel get(Long panelId) {
    return panels.findById(panelId).orElseThrow(() -> new IllegalStateException("No thematic panel " + panelId));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<ThematicPanel> find(Long panelId) {
    return panels.findById(panelId);
  }

  PanelContribution contribution(Long contributionId) {
    return contributions.findById(contributionId).orElseThrow(() -> new IllegalStateException("No panel contribution " + contributionId));
  }

  /** The contributions still awaited, one element each of the per-contributor loop. */
  @Transactional(readOnly = true)
  public List<Long> requestedIds(Number panelId) {
    return contributions.findByPanelIdAndStatusOrderByIdAsc(panelId.longValue(), ContributionStatus.REQUESTED)
        .stream().map(PanelContribution::getId).toList();
  }

  /** End of the day contributions are due, for the deadline timer. */
  @Transactional(readOnly = true)
  public Date contributionDeadline(Number panelId) {
    return endOf(get(panelId.longValue()).getContributionsDue());
  }

  /** End of the day the report is due, for the late-report escalation. */
  @Transactional(readOnly = true)
  public Date submissionDue(Number panelId) {
    return endOf(get(panelId.longValue()).getSubmissionDue());
  }

  @Transactional(readOnly = true)
  public Date sessionEnd(Number panelId) {
    return endOf(get(panelId.longValue()).getSessionEnds());
  }

  private static Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1));
  }
}
