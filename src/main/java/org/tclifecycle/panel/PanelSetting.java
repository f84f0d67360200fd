package org.tclifecycle.panel;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tclifecycle.input.NoMarkup;
import org.tclifecycle.project.ThematicArea;

/** The theme of a year's panel and the Council session that holds it, as the manager sets them. */
record PanelSetting(
    @NotBlank @Size(max = 300) @NoMarkup String theme,
    @NotNull ThematicArea thematicArea,
    @NotNull @Min(1) @Max(200) Integer sessionNumber,
    @NotNull LocalDate sessionStarts,
    @NotNull LocalDate sessionEnds) {

  @AssertTrue(message = "{input.panel.sessionEnds}")
  boolean isSessionEnds() {
    return sessionStarts == null || sessionEnds == null || !sessionEnds.isBefore(sessionStarts);
  }
}
