package org.tclifecycle.request;

import static org.tclifecycle.request.RequestFields.*;

import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.input.RefusedFormInput;
import org.tclifecycle.project.AssistanceType;
import org.tclifecycle.project.CooperationRequest;
import org.tclifecycle.project.Fund;
import org.tclifecycle.project.IntakeChannel;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;
import org.tclifecycle.project.RightsCategory;
import org.tclifecycle.project.ThematicArea;
import org.tclifecycle.recommendation.RecommendationReferences;

/**
 * Validates a State's request and creates its project record with a business key. Runs in the caller's
 * transaction, so an invalid request starts no process and writes nothing: the start form shows the
 * message, a REST client gets 400.
 */
@Component("registerRequest")
class RegisterRequest implements JavaDelegate {

  private final ProjectService projects;
  private final InputValidator validator;
  private final RecommendationReferences references;

  RegisterRequest(ProjectService projects, InputValidator validator, RecommendationReferences references) {
    this.projects = projects;
    this.validator = validator;
    this.references = references;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IntakeChannel channel = IntakeChannel.valueOf((String) execution.getVariable(ProjectVariables.INTAKE_CHANNEL));
    CooperationRequest request;
    try {
      request = resolved(submitted(execution).orElseGet(() -> read(new FormValues(execution, ALL))));
    } catch (InvalidInputException e) {
      throw channel == IntakeChannel.NOTE_VERBALE
          ? new RefusedFormInput(e, "register-request")
          : new BadUserRequestException(e.getMessage());
    }
    Project project = projects.register(request, channel, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(project.getBusinessKey());
    execution.removeVariables(ALL);
    execution.setVariable(ProjectVariables.PROJECT_ID, project.getId());
    execution.setVariable(ProjectVariables.BUSINESS_KEY, project.getBusinessKey());
    execution.setVariable(ProjectVariables.COUNTRY_CODE, project.getCountryCode());
  }

  /** The request the API received, typed (a transient variable, never stored), checked by the constraints every request meets. */
  private Optional<CooperationRequest> submitted(DelegateExecution execution) {
    TypedValue value = execution.getVariableTyped(SUBMITTED_REQUEST);
    if (value == null || !value.isTransient() || !(value.getValue() instanceof CooperationRequest request)) {
      return Optional.empty();
    }
    return Optional.of(validator.validate(request));
  }

  private CooperationRequest read(FormValues values) {
    CooperationRequest request = new CooperationRequest(
        values.code(COUNTRY_CODE),
        values.text(REQUESTING_AUTHORITY),
        values.choice(THEMATIC_AREA, ThematicArea.class),
        values.choice(ASSISTANCE_TYPE, AssistanceType.class),
        values.text(SUMMARY),
        values.texts(RECOMMENDATION_IDS, RecommendationReferences.SEPARATOR),
        values.choices(RIGHTS_CATEGORIES, RightsCategory.class),
        values.amount(ESTIMATED_BUDGET),
        values.code(CURRENCY),
        values.choice(PREFERRED_FUND, Fund.class),
        values.text(CONTACT_EMAIL),
        values.text(CONTACT_LANGUAGE));
    return validator.validate(request, values);
  }

  private CooperationRequest resolved(CooperationRequest valid) {
    // references such as "A/HRC/35/10, para. 140.1" become UHRI ids where the registry holds them, else stay as text
    return new CooperationRequest(valid.countryCode(), valid.requestingAuthority(), valid.thematicArea(), valid.assistanceType(),
        valid.summary(), references.resolve(valid.recommendationIds() == null ? java.util.List.of() : valid.recommendationIds()),
        valid.rightsCategories(), valid.estimatedBudget(), valid.currency(), valid.preferredFund(),
        valid.contactEmail(), valid.contactLanguage());
  }
}
