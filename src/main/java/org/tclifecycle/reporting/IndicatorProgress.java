package org.tclifecycle.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.design.ProjectIndicator;
import org.tclifecycle.design.ProjectIndicators;
import org.tclifecycle.execution.IndicatorActual;
import org.tclifecycle.execution.IndicatorActualRepository;

/** Each indicator of a project's current design with the latest value reported for it (the final one once execution ended). */
@Component
@Transactional(readOnly = true)
public class IndicatorProgress {

  /** An indicator and its latest reported value; {@code latest} is null before any report measured it. */
  public record Measured(ProjectIndicator indicator, IndicatorActual latest) {}

  private final ProjectIndicators indicators;
  private final IndicatorActualRepository actuals;

  IndicatorProgress(ProjectIndicators indicators, IndicatorActualRepository actuals) {
    this.indicators = indicators;
    this.actuals = actuals;
  }

  public List<Measured> of(Long projectId) {
    List<ProjectIndicator> current = indicators.current(projectId);
    if (current.isEmpty()) {
      return List.of();
    }
    Map<Long, IndicatorActual> latest = new HashMap<>();
    actuals.findByProjectIdOrderByIdAsc(projectId).forEach(actual -> latest.put(actual.getIndicatorId(), actual));
    return current.stream().map(indicator -> new Measured(indicator, latest.get(indicator.getId()))).toList();
  }
}
