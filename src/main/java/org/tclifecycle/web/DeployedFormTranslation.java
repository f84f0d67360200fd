package org.tclifecycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.input.FormComponents;
import org.tclifecycle.input.FormTexts;

/**
 * A Camunda Form fetched by Tasklist (the webapps' API) or by any client of {@code /engine-rest} reads in the
 * caller's language ({@link Languages#of}): the form file stays the one source, its texts are replaced from
 * the language's bundle on the way out. Field keys, option values and validation rules are untouched, so
 * what is submitted is the same in every language.
 */
class DeployedFormTranslation extends OncePerRequestFilter {

  static final String[] URL_PATTERNS = {"/engine-rest/*", "/camunda/api/engine/*"};

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !"GET".equals(request.getMethod()) || !(path.endsWith("/deployed-form") || path.endsWith("/deployed-start-form"));
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
    if (cached.getStatus() == HttpServletResponse.SC_OK) {
      JsonNode form = camundaForm(cached.getContentAsByteArray());
      if (form != null) {
        cached.resetBuffer();
        cached.getOutputStream().write(FormComponents.write(FormTexts.translate(form, language)));
        cached.setHeader("Content-Language", language.toLanguageTag());
      }
    }
    cached.copyBodyToResponse();
  }

  /** The body as a Camunda Form, or null when it is something else (an embedded HTML form, an error). */
  private static JsonNode camundaForm(byte[] body) {
    try {
      JsonNode json = FormComponents.read(body);
      return json != null && json.path("components").isArray() && json.hasNonNull("id") ? json : null;
    } catch (IOException notJson) {
      return null;
    }
  }
}
