package org.tclifecycle.consultation;

import org.tclifecycle.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.i18n.LanguageVariables;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.project.ProjectVariables;

/**
 * The officer picks the State's actors to invite, and can add one missing from the registry on the spot.
 * The form's checklist lists the State's registered actors ({@code actorOptions}, filled when the task opens).
 */
@Component("planConsultationForm")
class PlanConsultationForm extends FormTaskListener {

  static final String ACTOR_OPTIONS = "actorOptions";
  static final String INVITED_ACTORS = "invitedActors";
  static final String NEW_TYPE = "newActorType";
  static final String NEW_NAME = "newActorName";
  static final String NEW_CONTACT = "newActorContact";
  static final String NEW_GANHRI_STATUS = "newActorGanhriStatus";
  static final String NEW_ACCREDITED_ON = "newActorAccreditedOn";
  static final String NEW_FOCUS_AREAS = "newActorFocusAreas";
  /** Shown on the form: the stage in words, the actor types the coverage table requires, who was already heard. */
  static final String STAGE_NAME = ConsultationWords.STAGE_NAME;
  static final String REQUIRED_ACTOR_TYPES = "requiredActorTypes";
  static final String ALREADY_HEARD = "alreadyHeard";
  /** Registry field names, as {@link NewActor} reports them, to this form's keys. */
  private static final Map<String, String> NEW_ACTOR_FIELDS = Map.of("countryCode", NEW_NAME, "type", NEW_TYPE,
      "name", NEW_NAME, "contact", NEW_CONTACT, "ganhriStatus", NEW_GANHRI_STATUS, "accreditedOn", NEW_ACCREDITED_ON,
      "focusAreas", NEW_FOCUS_AREAS);

  private final ConsultationInvitations invitations;
  private final CoverageRequirements requirements;

  PlanConsultationForm(ConsultationInvitations invitations, CoverageRequirements requirements) {
    this.invitations = invitations;
    this.requirements = requirements;
  }

  @Override
  public String formId() {
    return "plan-consultation";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(INVITED_ACTORS, NEW_TYPE, NEW_NAME, NEW_CONTACT, NEW_GANHRI_STATUS, NEW_ACCREDITED_ON, NEW_FOCUS_AREAS);
  }

  @Override
  protected void prefill(DelegateTask task) {
    List<NationalActor> actors = invitations.registry().ofState(ProjectVariables.countryCode(task));
    offer(task, ACTOR_OPTIONS, language -> {
      Map<String, String> options = new LinkedHashMap<>();
      actors.forEach(actor -> options.put(actor.getId().toString(), ConsultationWords.actor(actor, language)));
      return options;
    });
    ConsultationStage stage = ConsultationVariables.stage(task);
    LanguageVariables.putOn(task, STAGE_NAME, language -> ConsultationWords.stage(stage, language));
    Set<ActorType> required = requirements.of(task);
    LanguageVariables.putOn(task, REQUIRED_ACTOR_TYPES, language -> ConsultationWords.actorTypes(required, language));
    List<NationalActor> heard = invitations.responded(task.getProcessInstanceId()).stream()
        .map(ConsultationInvitation::getActor).distinct().toList();
    if (!heard.isEmpty()) {
      LanguageVariables.putOn(task, ALREADY_HEARD, language -> heard.stream().map(actor -> ConsultationWords.actor(actor, language))
          .distinct().collect(Collectors.joining("; ")));
    }
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    String country = ProjectVariables.countryCode(task);
    List<NationalActor> invited = new ArrayList<>();
    Map<String, String> errors = new TreeMap<>(values.errors());
    for (String id : values.texts(INVITED_ACTORS)) {
      NationalActor actor = id.matches("\\d{1,18}") ? invitations.registry().find(Long.valueOf(id)) : null;
      if (actor == null || !actor.getCountryCode().equals(country)) {
        errors.put(INVITED_ACTORS, Messages.text("input.consultation.unknownActors", country));
      } else {
        invited.add(actor);
      }
    }
    if (values.text(NEW_NAME) != null || values.text(NEW_TYPE) != null) {
      NewActor newActor = new NewActor(country, values.choice(NEW_TYPE, ActorType.class), values.text(NEW_NAME),
          values.text(NEW_CONTACT), values.choice(NEW_GANHRI_STATUS, GanhriStatus.class), values.date(NEW_ACCREDITED_ON),
          values.text(NEW_FOCUS_AREAS));
      errors.putAll(values.errors());
      if (errors.isEmpty()) {
        try {
          invited.add(invitations.registry().add(newActor, actor(task)));
        } catch (InvalidInputException refused) {
          refused.fieldErrors().forEach((field, message) -> errors.put(NEW_ACTOR_FIELDS.getOrDefault(field, NEW_NAME), message));
        }
      }
    }
    if (errors.isEmpty() && invited.isEmpty()) {
      errors.put(INVITED_ACTORS, Messages.text("input.consultation.noActor"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    invitations.invite(ProjectVariables.projectId(task), ConsultationVariables.stage(task), task.getProcessInstanceId(),
        invited, actor(task));
  }
}
