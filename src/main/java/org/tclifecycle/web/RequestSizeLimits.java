package org.tclifecycle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;

/**
 * The largest request body each endpoint accepts; a larger one is answered 413 problem+json, by its
 * Content-Length before anything is read, or as soon as a body sent without one (chunked) goes past it.
 * UHRI exports are streamed from disk and may be as large as the multipart limit (2 GB).
 */
final class RequestSizeLimits extends OncePerRequestFilter {

  static final String[] URL_PATTERNS = {"/api/*", "/engine-rest/*", "/camunda/api/*"};
  static final DataSize UHRI_EXPORTS = DataSize.ofGigabytes(2);
  static final DataSize DEPLOYMENTS = DataSize.ofMegabytes(20);
  static final DataSize API = DataSize.ofMegabytes(1);
  static final DataSize CAMUNDA = DataSize.ofMegabytes(2);

  private static final String EXCEEDED = RequestSizeLimits.class.getName() + ".exceeded";

  static DataSize limitFor(String path) {
    if (path.startsWith("/api/recommendations/imports")) {
      return UHRI_EXPORTS;
    }
    if (path.startsWith("/engine-rest/deployment/create")) {
      return DEPLOYMENTS;
    }
    return path.startsWith("/api/") ? API : CAMUNDA;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    DataSize limit = limitFor(request.getRequestURI().substring(request.getContextPath().length()));
    if (request.getContentLengthLong() > limit.toBytes()) {
      tooLarge(request, response, limit);
      return;
    }
    try {
      chain.doFilter(new Limited(request, limit.toBytes()), response);
    } catch (ServletException | IOException | RuntimeException failure) {
      if (request.getAttribute(EXCEEDED) == null || response.isCommitted()) {
        throw failure;
      }
    }
    if (request.getAttribute(EXCEEDED) != null && !response.isCommitted()) {
      tooLarge(request, response, limit);
    }
  }

  static void tooLarge(HttpServletRequest request, HttpServletResponse response, DataSize limit) throws IOException {
    ProblemResponse.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "problem.tooLarge",
        describe(limit, Languages.of(request)));
  }

  private static String describe(DataSize limit, Locale language) {
    return limit.toMegabytes() >= 1024 ? Messages.text(language, "problem.size.gigabytes", limit.toGigabytes())
        : Messages.text(language, "problem.size.megabytes", limit.toMegabytes());
  }

  /** Thrown by the body's stream when it goes past the limit; the filter answers 413. */
  static final class BodyTooLarge extends IOException {
    BodyTooLarge(long limit) {
      super("the request body is larger than " + limit + " bytes");
    }
  }

  /** A request whose body stream stops at the limit. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit, (HttpServletRequest) getRequest());
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private final HttpServletRequest request;
    private long read;

    Counting(ServletInputStream in, long limit, HttpServletRequest request) {
      this.in = in;
      this.limit = limit;
      this.request = request;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLarge {
      read += n;
      if (read > limit) {
        request.setAttribute(EXCEEDED, Boolean.TRUE);
        throw new BodyTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
