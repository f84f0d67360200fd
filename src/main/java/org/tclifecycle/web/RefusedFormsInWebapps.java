package org.tclifecycle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tclifecycle.input.RefusedFormInput;
import org.tclifecycle.input.RequestRefusals;

/**
 * Tasklist submits forms through the webapps' engine API, whose JAX-RS application is not ours
 * ({@link EngineRestConfig} configures {@code /engine-rest}): a refused start form came back as Camunda's
 * "Cannot instantiate process definition …: Label: message" without the field keys. This filter answers a
 * refused submission there as {@code /engine-rest} does: 400, the message in words and the keys under
 * {@code fields}, which Tasklist shows and {@code tasklist/tc-refusals/plugin.js} writes beside each field.
 */
class RefusedFormsInWebapps extends OncePerRequestFilter {

  static final String[] URL_PATTERNS = {"/camunda/api/engine/*"};

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !SubmittedForms.isSubmission(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, cached);
    Optional<RefusedFormInput> refused = RequestRefusals.of(request);
    if (refused.isPresent() && cached.getStatus() >= HttpServletResponse.SC_BAD_REQUEST) {
      ProblemResponse.sendJson(cached, HttpServletResponse.SC_BAD_REQUEST, "application/json",
          EngineRestConfig.ConflictOnFailure.refusedFormBody(refused.get()));
    }
    cached.copyBodyToResponse();
  }
}
