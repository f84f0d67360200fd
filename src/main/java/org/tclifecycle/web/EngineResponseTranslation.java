package org.tclifecycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.ProcessNames;
import org.tclifecycle.i18n.TaskNames;
import org.tclifecycle.input.FormComponents;
import org.tclifecycle.input.FormTexts;

/**
 * What Tasklist (the webapps' API) and any client of {@code /engine-rest} read of the engine comes in the
 * caller's language ({@link Languages#of}): a Camunda Form's texts are replaced from the language's bundle
 * (the form file stays the one source; keys, option values and rules are untouched, so what is submitted is
 * the same in every language), the names of tasks in task lists and filters ({@link TaskNames}) and of processes
 * ({@link ProcessNames}).
 */
class EngineResponseTranslation extends OncePerRequestFilter {

  static final String[] URL_PATTERNS = {"/engine-rest/*", "/camunda/api/engine/*"};
  private static final Pattern FORM = Pattern.compile(".*/(deployed-form|deployed-start-form)$");
  private static final Pattern TASKS = Pattern.compile(
      ".*(/task(/[^/]+)?|/filter/[^/]+/(list|singleResult)|/history/task|/process-definition(/[^/]+|/key/[^/]+)?)$");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    boolean read = "GET".equals(request.getMethod()) || "POST".equals(request.getMethod()) && TASKS.matcher(path).matches();
    return !read || !(FORM.matcher(path).matches() || TASKS.matcher(path).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.addHeader("Vary", "Accept-Language");
    Locale language = Languages.of(request);
    if (language.equals(Languages.DEFAULT)) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, cached);
    JsonNode json = cached.getStatus() == HttpServletResponse.SC_OK ? json(cached.getContentAsByteArray()) : null;
    if (json != null) {
      JsonNode translated = FORM.matcher(request.getRequestURI()).matches() ? form(json, language) : taskNames(json, language);
      if (translated != null) {
        cached.resetBuffer();
        cached.getOutputStream().write(FormComponents.write(translated));
        cached.setHeader("Content-Language", language.toLanguageTag());
      }
    }
    cached.copyBodyToResponse();
  }

  /** The form in the language, or null when the body is no Camunda Form (an embedded HTML form). */
  private static JsonNode form(JsonNode json, Locale language) {
    return json.path("components").isArray() && json.hasNonNull("id") ? FormTexts.translate(json, language) : null;
  }

  /**
   * Every task in the answer (a list, one task, a filter's HAL list) and every process definition (the start menu, a
   * task's embedded definition) named in the language.
   */
  private static JsonNode taskNames(JsonNode json, Locale language) {
    if (json.isObject() && json.path("taskDefinitionKey").isTextual() && json.path("name").isTextual()) {
      ((ObjectNode) json).put("name", TaskNames.translate(json.get("taskDefinitionKey").asText(), json.get("name").asText(), language));
    } else if (json.isObject() && json.path("key").isTextual() && json.path("name").isTextual() && json.has("version")) {
      ((ObjectNode) json).put("name", ProcessNames.translate(json.get("key").asText(), json.get("name").asText(), language));
    }
    json.forEach(child -> taskNames(child, language));
    return json;
  }

  private static JsonNode json(byte[] body) {
    try {
      return body.length == 0 ? null : FormComponents.read(body);
    } catch (IOException notJson) {
      return null;
    }
  }
}
