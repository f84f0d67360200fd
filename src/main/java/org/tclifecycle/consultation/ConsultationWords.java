package org.tclifecycle.consultation;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tclifecycle.i18n.Labels;
import org.tclifecycle.i18n.Messages;

/**
 * The consultation's own words on its forms (the stage, kinds of actors, an actor as the registry describes it),
 * in a language: the forms get them in every offered language (i18n.LanguageVariables).
 */
final class ConsultationWords {

  /** The stage in words, shown on the consultation's forms ("Consultation at the assessment stage"). */
  static final String STAGE_NAME = "consultationStageName";

  private ConsultationWords() {}

  static String stage(ConsultationStage stage, Locale language) {
    return Messages.text(language, "consultation.stageName." + stage.name());
  }

  /** "government, judiciary", in the order given. */
  static String actorTypes(Collection<ActorType> types, Locale language) {
    return types.stream().map(type -> Labels.of(type, language)).collect(Collectors.joining(", "));
  }

  /** "Legal Aid Network (civil society)", "National Commission (NHRI, A status)". */
  static String actor(NationalActor actor, Locale language) {
    GanhriStatus status = actor.getGanhriStatus();
    String accreditation = status == null ? ""
        : ", " + (status == GanhriStatus.NONE ? Messages.text(language, "consultation.notAccredited")
            : Messages.text(language, "consultation.ganhriStatus", status.name()));
    return actor.getName() + " (" + Labels.of(actor.getType(), language) + accreditation + ")";
  }

  /** "Ministry of Justice (government)". */
  static String actorAndType(NationalActor actor, Locale language) {
    return actor.getName() + " (" + Labels.of(actor.getType(), language) + ")";
  }
}
