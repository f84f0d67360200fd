package org.tclifecycle.consultation;

import org.tclifecycle.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.input.IsoCountry;
import org.tclifecycle.project.Project;
import org.tclifecycle.web.ApiCaller;
import org.tclifecycle.web.ApiException;
import org.tclifecycle.web.ProjectAccess;

/** The national actor registry, and who was consulted at each stage of a project (resolution 21/21 §8, §16). */
@Tag(name = "Consultations", description = "National actors and their consultation at each stage (§8, §16)")
@RestController
@Validated
class ConsultationController {

  record Actor(Long id, String countryCode, ActorType type, String name, String contact, GanhriStatus ganhriStatus,
      LocalDate accreditedOn, String focusAreas) {
    static Actor of(NationalActor actor) {
      return new Actor(actor.getId(), actor.getCountryCode(), actor.getType(), actor.getName(), actor.getContact(),
          actor.getGanhriStatus(), actor.getAccreditedOn(), actor.getFocusAreas());
    }
  }

  /** One actor's answer; {@code jointWith}: the other actors whose input was recorded with it, from one meeting or submission. */
  record Input(String actor, ActorType type, InvitationResponse response, LocalDate consultedOn, ConsultationMethod method,
      Integer participantsWomen, Integer participantsMen, Integer participantsOther, String summary, String reflection, String reason,
      List<String> jointWith, String recordedBy, java.time.Instant recordedAt) {
    static Input of(ConsultationInvitation invitation, List<String> jointWith) {
      return new Input(invitation.getActor().getName(), invitation.getActor().getType(), invitation.getResponse(),
          invitation.getConsultedOn(), invitation.getMethod(), invitation.getParticipantsWomen(), invitation.getParticipantsMen(),
          invitation.getParticipantsOther(), invitation.getInputSummary(), invitation.getReflection(), invitation.getReason(),
          jointWith, invitation.getInputRecordedBy(), invitation.getInputRecordedAt());
    }
  }

  record Round(ConsultationStage stage, String outcome, List<ActorType> actorTypesHeard, int participants,
      String exceptionJustification, String exceptionRequestedBy, String exceptionDecidedBy, String exceptionDecisionNote,
      List<Input> invited) {}

  private final NationalActorRegistry registry;
  private final ConsultationRoundRepository rounds;
  private final ConsultationInvitations invitations;
  private final ConsultationPortfolio portfolio;
  private final ProjectAccess access;
  private final ApiCaller caller;

  ConsultationController(NationalActorRegistry registry, ConsultationRoundRepository rounds, ConsultationInvitations invitations,
      ConsultationPortfolio portfolio, ProjectAccess access, ApiCaller caller) {
    this.registry = registry;
    this.rounds = rounds;
    this.invitations = invitations;
    this.portfolio = portfolio;
    this.access = access;
    this.caller = caller;
  }

  @Operation(summary = "The national actors of a State in the registry")
  @GetMapping("/api/actors")
  List<Actor> actors(@RequestParam @IsoCountry String country) {
    if (!caller.mayActFor(country)) {
      throw ApiException.forbidden(Messages.text("problem.consultation.otherState", caller.userId(), country));
    }
    return registry.ofState(country).stream().map(Actor::of).toList();
  }

  @Operation(summary = "Add a national actor to the registry (TC staff)")
  @PostMapping("/api/actors")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<Actor> add(@RequestBody NewActor actor) {
    if (!caller.isStaff()) {
      throw ApiException.forbidden(Messages.text("problem.consultation.addActorStaffOnly"));
    }
    NationalActor added = registry.add(actor, caller.userId());
    return ResponseEntity.created(URI.create("/api/actors/" + added.getId())).body(Actor.of(added));
  }

  @Operation(summary = "The consultation rounds of a project: stage, outcome, exceptions, and each invited actor's input")
  @GetMapping("/api/projects/{businessKey}/consultations")
  @Transactional(readOnly = true)
  List<Round> rounds(@PathVariable @Pattern(regexp = Project.BUSINESS_KEY_PATTERN, message = Project.BUSINESS_KEY_MESSAGE) String businessKey) {
    Project project = access.visible(businessKey);
    return rounds.findByProjectIdOrderByIdAsc(project.getId()).stream()
        .map(round -> new Round(round.getStage(), round.getOutcome() == null ? null : round.getOutcome().name(),
            List.copyOf(round.getActorTypes()), round.getParticipants(), round.getExceptionJustification(),
            round.getExceptionRequestedBy(), round.getExceptionDecidedBy(), round.getExceptionDecisionNote(),
            round.getConsultationInstanceId() == null ? List.of()
                : invitations.of(round.getConsultationInstanceId()).stream().map(input -> Input.of(input, invitations.jointWith(input))).toList()))
        .toList();
  }

  @Operation(summary = "Portfolio figures: projects whose every stage heard civil society and the NHRI, participation by actor type and by sex")
  @GetMapping("/api/consultations/portfolio")
  ConsultationPortfolio.Figures portfolio() {
    if (!caller.isStaff()) {
      throw ApiException.forbidden(Messages.text("problem.consultation.figuresStaffOnly"));
    }
    return portfolio.figures();
  }
}
