package org.tclifecycle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API hands a negative {@code firstResult} or {@code maxResults} to the database, which
 * fails with a 500: both must be whole numbers from 0, else 400 naming the parameter.
 */
final class EngineRestPaging extends OncePerRequestFilter {

  static final String[] URL_PATTERNS = {"/engine-rest/*"};
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    for (String parameter : new String[] {"firstResult", "maxResults"}) {
      String[] values = request.getParameterValues(parameter);
      if (values == null) {
        continue;
      }
      for (String value : values) {
        if (!WHOLE_NUMBER.matcher(value).matches()) {
          ProblemResponse.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "problem.wholeNumber", parameter);
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }
}
