package org.tclifecycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tclifecycle.i18n.LanguageVariables;
import org.tclifecycle.i18n.Languages;

/**
 * The variable queries of Camunda's REST API ({@code GET/POST .../variable-instance}, {@code .../history/variable-instance},
 * and one by id) show no language copy of a variable ({@link LanguageVariables}): a copy is left out of a list and
 * is not found by its id, as on a task's variables ({@link LanguageVariablesInAnswers}); a variable whose copy in the
 * caller's language is in the same answer, on the same scope, holds that copy's value. A page of a list may hold
 * fewer variables than asked for, and a count still counts the copies.
 */
class LanguageVariablesInQueries extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final org.springframework.web.util.UrlPathHelper PATHS = new org.springframework.web.util.UrlPathHelper();
  private static final Pattern LIST = Pattern.compile(".*/variable-instance/?$");
  private static final Pattern ONE = Pattern.compile(".*/variable-instance/([^/]+)/?$");
  /** What tells one variable's scope from another's in an answer. */
  private static final List<String> SCOPE = List.of("processInstanceId", "executionId", "taskId", "caseExecutionId", "activityInstanceId");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = PATHS.getPathWithinApplication(request); // decoded, as Jersey routes it (%65 is e)
    boolean list = LIST.matcher(path).matches() && ("GET".equals(request.getMethod()) || "POST".equals(request.getMethod()));
    Matcher one = ONE.matcher(path);
    return !list && !("GET".equals(request.getMethod()) && one.matches() && !"count".equals(one.group(1)));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Locale language = Languages.of(request);
    response.addHeader("Vary", "Accept-Language");
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, cached);
    JsonNode json = cached.getStatus() == HttpServletResponse.SC_OK ? json(cached.getContentAsByteArray()) : null;
    if (json instanceof ArrayNode variables && inLanguage(variables, language)) {
      cached.resetBuffer();
      cached.getOutputStream().write(JSON.writeValueAsBytes(variables));
    } else if (json instanceof ObjectNode variable && isTranslation(variable)) {
      cached.resetBuffer();
      cached.setStatus(HttpServletResponse.SC_NOT_FOUND);
      Matcher one = ONE.matcher(PATHS.getPathWithinApplication(request));
      one.matches();
      cached.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", "InvalidRequestException",
          "message", "Variable instance with Id '" + one.group(1) + "' does not exist.")));
    }
    cached.copyBodyToResponse();
  }

  /** The list without translations, each variable in the language where its translation is in the list; true if it changed. */
  private static boolean inLanguage(ArrayNode variables, Locale language) {
    Map<String, JsonNode> translations = new HashMap<>();
    boolean changed = false;
    for (int i = variables.size() - 1; i >= 0; i--) {
      JsonNode variable = variables.get(i);
      if (isTranslation(variable)) {
        String name = variable.path("name").asText();
        if (name.equals(LanguageVariables.name(LanguageVariables.plain(name), language))) {
          translations.put(scopeOf(variable, LanguageVariables.plain(name)), variable);
        }
        variables.remove(i);
        changed = true;
      }
    }
    for (JsonNode variable : variables) {
      JsonNode translation = translations.get(scopeOf(variable, variable.path("name").asText()));
      if (translation != null && variable instanceof ObjectNode plain) {
        plain.set("value", translation.get("value"));
        plain.set("valueInfo", translation.get("valueInfo"));
      }
    }
    return changed;
  }

  private static boolean isTranslation(JsonNode variable) {
    return variable.path("name").isTextual() && LanguageVariables.isTranslation(variable.path("name").asText());
  }

  private static String scopeOf(JsonNode variable, String name) {
    StringBuilder scope = new StringBuilder(name);
    SCOPE.forEach(key -> scope.append('|').append(variable.path(key).asText("")));
    return scope.toString();
  }

  private static JsonNode json(byte[] body) {
    try {
      return body.length == 0 ? null : JSON.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }
}
