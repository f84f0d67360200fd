package org.tclifecycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tclifecycle.i18n.LanguageVariables;
import org.tclifecycle.i18n.Languages;

/**
 * A task's variables as Tasklist and clients read them ({@code GET .../task/{id}/form-variables},
 * {@code .../variables}, {@code .../localVariables}, and one variable by name) hold the text the server wrote
 * for the form in the caller's language ({@link Languages#of}): the translation ({@link LanguageVariables})
 * under the plain name, and no translation under its own name, whoever reads. A name-filtered read or a
 * read of one variable finds its translation on the task.
 */
class LanguageVariablesInAnswers extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ALL = Pattern.compile(".*/task/([^/]+)/(form-variables|variables|localVariables)$");
  private static final Pattern ONE = Pattern.compile(".*/task/([^/]+)/(variables|localVariables)/([^/]+)$");

  private final Supplier<TaskService> tasks;

  LanguageVariablesInAnswers(Supplier<TaskService> tasks) {
    this.tasks = tasks;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !"GET".equals(request.getMethod()) || !(ALL.matcher(path).matches() || ONE.matcher(path).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Locale language = Languages.of(request);
    Matcher one = ONE.matcher(request.getRequestURI());
    boolean single = one.matches();
    if (single && (language.equals(Languages.DEFAULT) || LanguageVariables.isTranslation(one.group(3)))) {
      chain.doFilter(request, response);
      return;
    }
    response.addHeader("Vary", "Accept-Language");
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, cached);
    JsonNode json = cached.getStatus() == HttpServletResponse.SC_OK ? json(cached.getContentAsByteArray()) : null;
    if (json instanceof ObjectNode answer) {
      boolean changed;
      if (single) {
        changed = translated(one.group(1), one.group(3), answer, language);
      } else {
        Matcher all = ALL.matcher(request.getRequestURI());
        all.matches();
        changed = inLanguage(all.group(1), answer, language, request.getParameter("variableNames") != null);
      }
      if (changed) {
        cached.resetBuffer();
        cached.getOutputStream().write(JSON.writeValueAsBytes(answer));
      }
    }
    cached.copyBodyToResponse();
  }

  /** The variables of the answer in the language, their translations left out; true if anything changed. */
  private boolean inLanguage(String taskId, ObjectNode variables, Locale language, boolean filteredByName) {
    List<String> translations = new ArrayList<>();
    variables.fieldNames().forEachRemaining(name -> {
      if (LanguageVariables.isTranslation(name)) {
        translations.add(name);
      }
    });
    boolean changed = !translations.isEmpty();
    for (String translation : translations) {
      JsonNode value = variables.remove(translation);
      String plain = LanguageVariables.plain(translation);
      if (translation.equals(LanguageVariables.name(plain, language)) && variables.has(plain)) {
        variables.set(plain, value);
      }
    }
    if (filteredByName && translations.isEmpty() && !language.equals(Languages.DEFAULT)) {
      List<String> names = new ArrayList<>();
      variables.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        changed |= variables.get(name) instanceof ObjectNode variable && translated(taskId, name, variable, language);
      }
    }
    return changed;
  }

  /** One variable's value replaced by its translation on the task, if it has one; true if it had. */
  private boolean translated(String taskId, String name, ObjectNode variable, Locale language) {
    TypedValue translation = tasks.get().getVariableTyped(taskId, LanguageVariables.name(name, language), false);
    if (translation == null) {
      return false;
    }
    Object value = translation instanceof SerializableValue serializable ? serializable.getValueSerialized() : translation.getValue();
    variable.set("value", JSON.valueToTree(value));
    return true;
  }

  private static JsonNode json(byte[] body) {
    try {
      return body.length == 0 ? null : JSON.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }
}
