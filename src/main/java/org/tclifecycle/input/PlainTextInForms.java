package org.tclifecycle.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import org.tclifecycle.i18n.LanguageVariables;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.StateNameInForms;

/**
 * A form's text component renders Markdown and HTML. Text that people or other systems wrote (a State's
 * request, a panel's title, an actor's name) must show as typed, never as a link, an image or a heading.
 * When a task with a Camunda Form is created, each variable its text components show gets a task-local
 * copy with every Markdown and HTML character escaped; the copy shadows the process variable in the form
 * only, and the record and the process keep the original. Variables the product itself writes and
 * formats are listed in {@link #PRODUCT_TEXT}.
 */
@Component
public class PlainTextInForms extends AbstractProcessEnginePlugin {

  /** Text the product writes itself: business keys, ISO codes, enum names, Markdown built from the published tables. */
  public static final Set<String> PRODUCT_TEXT = Set.of("businessKey", "countryCode", StateNameInForms.VARIABLE, "consultationStage", "rightsBalance",
      "missingActorTypes", "reportVersion", "panelId", "fundingRecommendation");

  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
  /** Characters that start markup anywhere: emphasis, code, links, images, HTML, entities, autolinks (www., http:). */
  private static final String MARKUP = "\\`*_{}[]()#!|<>&~.:\"'=";
  /** Characters that start markup only at the start of a line: list items. */
  private static final String LINE_START_MARKUP = "-+";

  private final Map<String, Set<String>> shownByForm;

  public PlainTextInForms() {
    this.shownByForm = externalTextByForm(FormComponents.FORMS);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskForms.onCreate(configuration, formRef -> {
      Set<String> shown = shownByForm.get(formRef);
      return shown == null || shown.isEmpty() ? null : task -> shadow(task, shown);
    });
  }

  static void shadow(DelegateTask task, Set<String> shown) {
    for (String shownName : shown) {
      // the text in each language the reader may be served (i18n.LanguageVariables), English under the plain name
      for (Locale language : Languages.offered()) {
        String name = LanguageVariables.name(shownName, language);
        if (task.getVariable(name) instanceof String text) {
          String plain = escape(text);
          if (!plain.equals(text)) {
            task.setVariableLocal(name, plain);
          }
        }
      }
    }
  }

  /** Backslash before every character Markdown or HTML could read as markup (CommonMark: any ASCII punctuation may be escaped). */
  public static String escape(String text) {
    StringBuilder plain = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    for (char c : text.toCharArray()) {
      if (MARKUP.indexOf(c) >= 0 || lineStart && LINE_START_MARKUP.indexOf(c) >= 0) {
        plain.append('\\');
      }
      plain.append(c);
      lineStart = c == '\n' || lineStart && Character.isWhitespace(c);
    }
    return plain.toString();
  }

  /** For each form: the variables its text components show, less its own fields and the product's own text. */
  static Map<String, Set<String>> externalTextByForm(String pattern) {
    Map<String, Set<String>> byForm = new HashMap<>();
    FormComponents.all(pattern).forEach((formId, form) -> {
      Set<String> shown = new TreeSet<>();
      Set<String> fields = new TreeSet<>();
      for (JsonNode component : FormComponents.of(form)) {
        if ("text".equals(component.path("type").asText())) {
          Matcher variable = TEMPLATE_VARIABLE.matcher(component.path("text").asText());
          while (variable.find()) {
            shown.add(variable.group(1));
          }
        }
        FormComponents.submittedVariable(component).ifPresent(fields::add);
      }
      shown.removeAll(fields);
      shown.removeAll(PRODUCT_TEXT);
      byForm.put(formId, Set.copyOf(shown));
    });
    return byForm;
  }
}
