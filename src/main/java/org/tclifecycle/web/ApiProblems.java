package org.tclifecycle.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.input.FirstProblems;
import org.tclifecycle.input.InvalidInputException;

/**
 * Every API error as RFC 9457 problem+json; refused input names each field in {@code errors}. Never a
 * stack trace: an unexpected failure is logged and answered with a plain 500.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  private final DatabaseOutage databaseOutage;

  ApiProblems(DatabaseOutage databaseOutage) {
    this.databaseOutage = databaseOutage;
  }

  /** A refused field: its key in the request, its label when the body is a form's (in the caller's language), what is wrong. */
  record FieldError(String field, @JsonInclude(JsonInclude.Include.NON_NULL) String label, String message) {
    FieldError(String field, String message) {
      this(field, null, message);
    }

    /** "Label: message" as a form's refusal reads, else "field message". */
    String describe() {
      return label != null ? label + ": " + message : field + " " + message;
    }
  }

  public static ResponseEntity<Object> problem(HttpStatusCode status, String title, String detail, List<?> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    if (errors != null && !errors.isEmpty()) {
      // the first problems and how many there are in all: a refusal never grows with the input
      problem.setProperty("errors", FirstProblems.first(errors));
      problem.setProperty("errorCount", FirstProblems.total(errors));
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  static ResponseEntity<Object> invalid(List<FieldError> refused) {
    List<FieldError> first = BodyFieldLabels.labelled(FirstProblems.first(refused));
    String detail = first.stream().map(FieldError::describe).collect(Collectors.joining("; "));
    int total = FirstProblems.total(refused);
    int notShown = total - first.size();
    return problem(HttpStatus.BAD_REQUEST, Messages.text("problem.invalidInput"),
        notShown > 0 ? detail + "; " + Messages.text("problem.andMore", notShown) : detail, FirstProblems.of(first, total));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldError(error.getField(), error.getDefaultMessage())).toList();
    List<FieldError> global = e.getBindingResult().getGlobalErrors().stream()
        .map(error -> new FieldError(error.getObjectName(), error.getDefaultMessage())).toList();
    return invalid(errors.isEmpty() ? global : errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors = e.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream().map(error ->
            new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
        .toList();
    return invalid(errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> tooLarge = tooLarge(e);
    if (tooLarge != null) {
      return tooLarge;
    }
    Throwable cause = e.getCause();
    while (cause != null && !(cause instanceof JsonMappingException)) {
      cause = cause.getCause();
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      String message;
      if (cause instanceof UnrecognizedPropertyException) {
        message = Messages.text("problem.unknownField");
      } else if (cause instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
        message = Messages.text("input.oneOf", Arrays.toString(format.getTargetType().getEnumConstants()));
      } else {
        message = Messages.text("problem.wrongType");
      }
      return invalid(List.of(new FieldError(field, message)));
    }
    String duplicate = duplicateField(e);
    if (duplicate != null) {
      return invalid(List.of(new FieldError(duplicate, Messages.text("problem.givenTwice"))));
    }
    return problem(HttpStatus.BAD_REQUEST, Messages.text("problem.malformed.title"), Messages.text("problem.malformed.detail"), null);
  }

  /** Spring's own errors (unknown path, wrong method, media type) as problem+json too, whatever the client accepts. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
    if (response == null) {
      return null;
    }
    HttpHeaders problemHeaders = new HttpHeaders();
    problemHeaders.putAll(response.getHeaders());
    problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return new ResponseEntity<>(response.getBody(), problemHeaders, response.getStatusCode());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String message = type != null && type.isEnum() ? Messages.text("input.oneOf", Arrays.toString(type.getEnumConstants()))
        : Messages.text("problem.wrongType");
    return invalid(List.of(new FieldError(e.getName(), message)));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
    return invalid(e.getConstraintViolations().stream().map(v -> {
      String path = v.getPropertyPath().toString();
      return new FieldError(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
    }).toList());
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalidInput(InvalidInputException e) {
    return invalid(e.fieldErrors().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(entry -> new FieldError(entry.getKey(), entry.getValue())).toList());
  }

  /** The engine refuses a message whose data the stage does not accept. */
  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<Object> badUserRequest(BadUserRequestException e) {
    return problem(HttpStatus.BAD_REQUEST, Messages.text("problem.invalidInput"), e.getMessage(), null);
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Object> refused(ApiException e) {
    return problem(e.status(), Messages.text("problem.status." + e.status().value()), e.getMessage(), null);
  }

  private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("^Duplicate field '([^']{1,100})'");

  /** The key a body gives twice (spring.jackson.parser.strict-duplicate-detection), or null. */
  private static String duplicateField(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getOriginalMessage() != null) {
        java.util.regex.Matcher matcher = DUPLICATE.matcher(json.getOriginalMessage());
        if (matcher.find()) {
          return matcher.group(1);
        }
      }
    }
    return null;
  }

  /** A body that went past its endpoint's size limit while it was read ({@link RequestSizeLimits}): 413. */
  private static ResponseEntity<Object> tooLarge(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestSizeLimits.BodyTooLarge) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, Messages.text("problem.status.413"), Messages.text("problem.tooLargeForEndpoint"), null);
      }
    }
    return null;
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    ResponseEntity<Object> tooLarge = tooLarge(e);
    if (tooLarge != null) {
      return tooLarge;
    }
    if (databaseOutage.explains(e)) {
      LOG.warn("API call failed: the database is unreachable ({})", e.getMessage());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(DatabaseOutage.problem(Languages.current()));
    }
    LOG.error("Unexpected failure of an API call", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, Messages.text("problem.status.500"), Messages.text("problem.unexpected"), null);
  }
}
