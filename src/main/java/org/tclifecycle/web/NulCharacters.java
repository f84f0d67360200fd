package org.tclifecycle.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.input.RefusedFormInput;

/**
 * U+0000 (NUL) in any text a caller sends: PostgreSQL cannot store it in a text column ("invalid byte sequence
 * for encoding UTF8: 0x00", a 500 at flush, possibly after part of the work), so it is refused at the edge,
 * before anything runs: in the query string, and in every string (and key) of a JSON body, of our API, of
 * Camunda's REST API and of the webapps' engine API. A form submission is refused as a form is, naming the
 * field by its label ({@link SubmittedForms}); anything else answers 400 problem+json naming the field by its
 * path in the body ({@code recommendationIds[0]}, {@code processVariables.summary.value}) or the parameter
 * (also of a form-encoded body: the webapps' login). Bodies an endpoint may take larger than
 * {@link RequestSizeLimits#CAMUNDA} (the UHRI imports) and multipart uploads are not read here.
 */
final class NulCharacters extends OncePerRequestFilter {

  static final String[] URL_PATTERNS = {"/api/*", "/engine-rest/*", "/camunda/api/*"};
  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
  private static final JsonFactory JSON = new JsonFactory();
  /** How a refusal names a body that is itself the string holding the NUL. */
  private static final String WHOLE_BODY = "body";

  private final SubmittedForms forms;

  NulCharacters(SubmittedForms forms) {
    this.forms = forms;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String parameter = formEncoded(request) ? anyParameterWithNul(request.getParameterMap()) : parameterWithNul(request.getQueryString());
    if (parameter != null) {
      refuse(response, path, parameter, false);
      return;
    }
    if (!readsBody(request, path) || path.startsWith("/camunda/api/") && !signedIn(request)) {
      // the webapps' own filters come after this one: a caller not signed in gets their 401, nothing read or looked up here
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    String field = fieldWithNul(body, declaredCharset(request));
    if (field != null) {
      refuse(response, path, field, true);
      return;
    }
    chain.doFilter(new ReadAgain(request, body), response);
  }

  private static boolean readsBody(HttpServletRequest request, String path) {
    String type = request.getContentType();
    return WITH_BODY.contains(request.getMethod()) && type != null && type.toLowerCase().contains("json")
        && RequestSizeLimits.limitFor(path).toBytes() <= RequestSizeLimits.CAMUNDA.toBytes();
  }

  private void refuse(HttpServletResponse response, String path, String field, boolean inBody)
      throws IOException {
    String message = Messages.text("input.nulCharacter");
    SubmittedForms.Submission form = inBody ? forms.of(path) : null;
    String variable = form == null ? null : variableOf(field);
    if (variable != null) {
      RefusedFormInput refused = new RefusedFormInput(InvalidInputException.of(variable, message), form.formId());
      ProblemResponse.sendJson(response, HttpServletResponse.SC_BAD_REQUEST, "application/json",
          EngineRestConfig.ConflictOnFailure.refusedFormBody(refused));
      return;
    }
    refuse(response, path, field);
  }

  /** 400 problem+json naming the field or parameter that holds a NUL; also for {@link LoginThrottle}'s user names. */
  static void refuse(HttpServletResponse response, String path, String field) throws IOException {
    String message = Messages.text("input.nulCharacter");
    String detail = field + " " + message;
    Map<String, Object> problem = ProblemResponse.problem(HttpServletResponse.SC_BAD_REQUEST, Messages.text("problem.invalidInput"), detail);
    problem.put("errors", List.of(Map.of("field", field, "message", message)));
    problem.put("errorCount", 1);
    if (!path.startsWith("/api/")) {
      problem.put("message", detail); // what Camunda's webapps show of a refusal
    }
    ProblemResponse.sendJson(response, HttpServletResponse.SC_BAD_REQUEST, "application/problem+json", problem);
  }

  /** The submitted variable a path in a form submission's body names ({@code variables.title.value} is {@code title}). */
  private static String variableOf(String field) {
    String[] parts = field.split("\\.", 3);
    return parts.length >= 2 && parts[0].equals("variables") ? parts[1] : null;
  }

  /**
   * A form-encoded body (the webapps' login) is read as parameters, as Tomcat reads it for Camunda's
   * {@code @FormParam} and Spring for our API anyway; other bodies stay unread for their endpoint.
   */
  private static boolean formEncoded(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded");
  }

  /** The first parameter (of the query string and a form-encoded body) whose name or value holds a NUL, or null. */
  static String anyParameterWithNul(Map<String, String[]> parameters) {
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      boolean inValue = parameter.getValue() != null
          && Arrays.stream(parameter.getValue()).anyMatch(value -> value != null && value.indexOf('\0') >= 0);
      if (inValue || parameter.getKey().indexOf('\0') >= 0) {
        return shown(parameter.getKey());
      }
    }
    return null;
  }

  /** The first parameter of the query string whose name or value holds a NUL, or null. */
  static String parameterWithNul(String query) {
    if (query == null || !query.contains("%00") && query.indexOf('\0') < 0) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
          return shown(name);
        }
      } catch (IllegalArgumentException malformed) {
        // not ours to judge: the endpoint answers a malformed parameter
      }
    }
    return null;
  }

  /**
   * The charset the Content-Type header declares, as Spring's JSON reader takes it (not the request's character
   * encoding, which Spring Boot's encoding filter forces to UTF-8 before this filter runs); null if none or unknown.
   */
  private static String declaredCharset(HttpServletRequest request) {
    try {
      java.nio.charset.Charset charset = org.springframework.http.MediaType.parseMediaType(request.getHeader("Content-Type")).getCharset();
      return charset == null ? null : charset.name();
    } catch (RuntimeException noOrUnknownCharset) {
      return null;
    }
  }

  /** Whether the webapps' session holds a signed-in person (any engine). */
  private static boolean signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null && !authentications.getAuthentications().isEmpty();
  }

  /** The path in the body (UTF-8, or Jackson's detection of UTF-16/32) of the first string or key holding a NUL, or null. */
  static String fieldWithNul(byte[] body) {
    return fieldWithNul(body, null);
  }

  /**
   * The same, the body read in the charset it declares as the endpoint reads it (Spring decodes a JSON body in
   * ISO-8859-1 or any non-Unicode charset it is given, where one byte that is no UTF-8 would stop a UTF-8 reading
   * before the NUL); null also when the body is no JSON in that charset (the endpoint then refuses it as well).
   */
  static String fieldWithNul(byte[] body, String declaredCharset) {
    try (JsonParser parser = unicode(declaredCharset) ? JSON.createParser(body)
        : JSON.createParser(new String(body, Charset.forName(declaredCharset)))) {
      return fieldWithNul(parser);
    } catch (IOException | IllegalArgumentException notJsonInThatCharset) {
      return null; // the endpoint answers malformed JSON (or an unknown charset) as it does
    }
  }

  private static boolean unicode(String charset) {
    return charset == null || charset.toUpperCase(java.util.Locale.ROOT).startsWith("UTF-");
  }

  /**
   * Also inside a string that is itself a JSON array or object: Camunda's Json and Object variables (a
   * checklist, a dynamic list) travel serialized in a string, where the NUL is written out as an escape (backslash, u, 0000).
   */
  private static String fieldWithNul(JsonParser parser) throws IOException {
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      if (token != JsonToken.VALUE_STRING && token != JsonToken.FIELD_NAME) {
        continue;
      }
      String text = parser.getText();
      if (text.indexOf('\0') >= 0) {
        return path(parser.getParsingContext());
      }
      // any JSON document a string holds (" [..]" with spaces before it, "\"..\"" a bare string too), whatever it starts with
      if (token == JsonToken.VALUE_STRING && text.contains("\\u0000")) {
        String inner = fieldWithNul(text.getBytes(StandardCharsets.UTF_8));
        if (inner != null) {
          String outer = path(parser.getParsingContext());
          return inner.equals(WHOLE_BODY) ? outer : outer + (inner.startsWith("[") ? "" : ".") + inner;
        }
      }
    }
    return null;
  }

  private static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + c.getCurrentIndex() + "]");
      } else if (c.getCurrentName() != null) {
        parts.push(shown(c.getCurrentName()));
      }
    }
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      if (!path.isEmpty() && !part.startsWith("[")) {
        path.append('.');
      }
      path.append(part);
    }
    return path.isEmpty() ? WHOLE_BODY : path.toString();
  }

  private static String shown(String name) {
    return name.replace("\0", "\\u0000");
  }

  /** The request with the body already read, for the endpoint to read again. */
  private static final class ReadAgain extends HttpServletRequestWrapper {
    private final byte[] body;
    private ServletInputStream stream;

    ReadAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      if (stream == null) {
        stream = stream(new ByteArrayInputStream(body));
      }
      return stream;
    }

    private static ServletInputStream stream(ByteArrayInputStream in) {
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body has been read already");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
