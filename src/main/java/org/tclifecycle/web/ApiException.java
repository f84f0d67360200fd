package org.tclifecycle.web;

import org.tclifecycle.i18n.Messages;
import org.springframework.http.HttpStatus;

/** A refusal of an API call with its HTTP status and a sentence that says why. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;

  public ApiException(HttpStatus status, String detail) {
    super(detail);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }

  public static ApiException notFound(String what) {
    return new ApiException(HttpStatus.NOT_FOUND, Messages.text("problem.notFound", what));
  }

  public static ApiException forbidden(String why) {
    return new ApiException(HttpStatus.FORBIDDEN, why);
  }

  public static ApiException conflict(String why) {
    return new ApiException(HttpStatus.CONFLICT, why);
  }
}
