package org.tclifecycle.consent;

import org.tclifecycle.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.audit.AuditLog;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectVariables;
import org.tclifecycle.web.ApiCaller;
import org.tclifecycle.web.ApiException;
import org.tclifecycle.web.ProjectAccess;

/** A State's decision on consent (resolution 21/21 §6), sent by its system or recorded by an officer. */
@Tag(name = "Consent", description = "The State's consent to a requested project, given, refused or withdrawn")
@RestController
@RequestMapping("/api/requests/{businessKey}/consent")
@Validated
class ConsentController {

  /** The decision as a State's system sends it; {@link ConsentCommand} holds the rules, the same as for forms and messages. */
  record ConsentDecisionBody(ConsentDecision decision, String signatory, LocalDate date, String reference, String scope, LocalDate validUntil) {

    /** The command's fields by the names this body gives them. */
    static final Map<String, String> FIELDS = Map.of(ConsentFields.DECISION, "decision", ConsentFields.SIGNATORY, "signatory",
        ConsentFields.DATE, "date", ConsentFields.REFERENCE, "reference", ConsentFields.SCOPE, "scope", ConsentFields.VALID_UNTIL, "validUntil");

    ConsentCommand command() {
      return new ConsentCommand(decision, signatory, date, reference, scope, validUntil);
    }
  }

  record ConsentRecorded(String businessKey, ConsentDecision decision) {}

  private static final Map<ConsentDecision, String> MESSAGES = Map.of(
      ConsentDecision.GIVEN, ProjectVariables.CONSENT_GIVEN,
      ConsentDecision.REFUSED, ProjectVariables.CONSENT_REFUSED,
      ConsentDecision.WITHDRAWN, ProjectVariables.CONSENT_WITHDRAWN);

  private final ProjectAccess access;
  private final RuntimeService runtimeService;
  private final ApiCaller caller;
  private final AuditLog audit;
  private final InputValidator validator;

  ConsentController(ProjectAccess access, RuntimeService runtimeService, ApiCaller caller, AuditLog audit, InputValidator validator) {
    this.validator = validator;
    this.access = access;
    this.runtimeService = runtimeService;
    this.caller = caller;
    this.audit = audit;
  }

  @Operation(summary = "Record the State's consent decision: GIVEN or REFUSED while the project waits for it, WITHDRAWN during execution")
  @PostMapping
  @Transactional
  ConsentRecorded decide(@PathVariable @Pattern(regexp = Project.BUSINESS_KEY_PATTERN, message = Project.BUSINESS_KEY_MESSAGE) String businessKey,
      @RequestBody ConsentDecisionBody body) {
    try {
      validator.validate(body.command());
    } catch (InvalidInputException refused) {
      throw refused.renamed(ConsentDecisionBody.FIELDS);
    }
    Project project = access.visible(businessKey);
    String message = MESSAGES.get(body.decision());
    boolean expected = caller.asSystem(() -> runtimeService.createEventSubscriptionQuery()
        .processInstanceId(project.getProcessInstanceId()).eventType("message").eventName(message).count() > 0);
    if (!expected) {
      throw ApiException.conflict(Messages.text("problem.consent.wrongStage", businessKey,
          String.valueOf(project.getStage()), String.valueOf(project.getStatus())));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(ConsentFields.SIGNATORY, body.signatory());
    variables.put(ConsentFields.DATE, body.date().toString());
    variables.put(ConsentFields.REFERENCE, body.reference());
    variables.put(ConsentFields.SCOPE, body.scope());
    variables.put(ConsentFields.VALID_UNTIL, body.validUntil() == null ? null : body.validUntil().toString());
    caller.asSystem(() -> runtimeService.createMessageCorrelation(message).processInstanceId(project.getProcessInstanceId())
        .setVariables(variables).correlateWithResult());
    audit.record(caller.userId(), "CONSENT_" + body.decision(), businessKey, "signed by " + body.signatory() + ", ref. " + body.reference());
    return new ConsentRecorded(businessKey, body.decision());
  }
}
