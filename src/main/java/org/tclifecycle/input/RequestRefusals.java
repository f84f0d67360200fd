package org.tclifecycle.input;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The form refusal of the request this thread serves, kept on the request: the webapps' engine API (Tasklist's)
 * answers a refused start form with Camunda's "Cannot instantiate process definition …" and no field keys, so
 * {@code web/RefusedFormsInWebapps} answers with the refusal itself, as {@code /engine-rest} does.
 */
public final class RequestRefusals {

  private static final String ATTRIBUTE = RequestRefusals.class.getName();

  private RequestRefusals() {}

  static void remember(RefusedFormInput refusal) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(ATTRIBUTE, refusal, RequestAttributes.SCOPE_REQUEST);
    }
  }

  public static Optional<RefusedFormInput> of(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof RefusedFormInput refusal ? Optional.of(refusal) : Optional.empty();
  }
}
