package org.tclifecycle.panel;

import java.util.Map;
import java.util.Set;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.project.ThematicArea;

/** The fields of the {@code set-panel-theme} form, shared by the start form and the task after the yearly timer. */
final class PanelSettingFields {

  static final String THEME = "panelTheme";
  static final String THEMATIC_AREA = "panelThematicArea";
  static final String SESSION_NUMBER = "sessionNumber";
  static final String SESSION_STARTS = "sessionStarts";
  static final String SESSION_ENDS = "sessionEnds";
  static final Set<String> ALL = Set.of(THEME, THEMATIC_AREA, SESSION_NUMBER, SESSION_STARTS, SESSION_ENDS);

  private PanelSettingFields() {}

  /** The setting's properties named as the form names its fields, so a refusal shows next to the field. */
  private static final Map<String, String> FIELD_OF_PROPERTY = Map.of("theme", THEME, "thematicArea", THEMATIC_AREA);

  static PanelSetting read(FormValues values, InputValidator validator) {
    try {
      return validator.validate(new PanelSetting(values.text(THEME), values.choice(THEMATIC_AREA, ThematicArea.class),
          values.wholeNumber(SESSION_NUMBER), values.date(SESSION_STARTS), values.date(SESSION_ENDS)), values);
    } catch (InvalidInputException refused) {
      throw refused.renamed(FIELD_OF_PROPERTY);
    }
  }
}
