package org.tclifecycle.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;

/** A problem+json answer (RFC 9457) written by a servlet filter, before any controller runs. */
final class ProblemResponse {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemResponse() {}

  /** The problem in the caller's language: the status's title, and the sentence of the code as its detail. */
  static void send(HttpServletRequest request, HttpServletResponse response, int status, String code, Object... args)
      throws IOException {
    sendJson(response, status, "application/problem+json", problem(Languages.of(request), status, code, args));
  }

  static Map<String, Object> problem(Locale language, int status, String code, Object... args) {
    // a 400's title is "Invalid input", as the API's own refusals have it
    String title = status == 400 ? "problem.invalidInput" : "problem.status." + status;
    return problem(status, Messages.text(language, title), Messages.text(language, code, args));
  }

  /** The members every problem has, in order; a caller may add its own (errors, errorCount). */
  static Map<String, Object> problem(int status, String title, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    return problem;
  }

  static void sendJson(HttpServletResponse response, int status, String contentType, Object body) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(contentType);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
