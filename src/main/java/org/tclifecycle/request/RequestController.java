package org.tclifecycle.request;

import org.tclifecycle.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.project.CooperationRequest;
import org.tclifecycle.web.ApiCaller;
import org.tclifecycle.web.ApiException;

/** A State's system (or an officer) submits a request for technical cooperation. */
@Tag(name = "Requests", description = "States' requests for technical cooperation (resolution 21/21 §6)")
@RestController
@RequestMapping("/api/requests")
@Validated
class RequestController {

  record RequestCreated(String businessKey, String location) {}

  private final RequestIntake intake;
  private final ApiCaller caller;

  RequestController(RequestIntake intake, ApiCaller caller) {
    this.intake = intake;
    this.caller = caller;
  }

  @Operation(summary = "Submit a request for technical cooperation; starts the project's lifecycle")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<RequestCreated> submit(
      @Parameter(description = "Retrying with the same key and body returns the same project")
      @RequestHeader(value = "Idempotency-Key", required = false)
      @Size(min = 8, max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "{input.idempotencyKey}") String idempotencyKey,
      @Valid @RequestBody CooperationRequest request) {
    caller.requireStaffOrExternal();
    if (!caller.mayActFor(request.countryCode())) {
      throw ApiException.forbidden(Messages.text("problem.request.otherState", caller.userId(), request.countryCode()));
    }
    String businessKey = intake.submit(caller.userId(), idempotencyKey, request);
    URI location = URI.create("/api/projects/" + businessKey);
    return ResponseEntity.created(location).body(new RequestCreated(businessKey, location.toString()));
  }
}
