package org.tclifecycle.panel;

import org.tclifecycle.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.consultation.ActorType;
import org.tclifecycle.consultation.NationalActor;
import org.tclifecycle.consultation.NationalActorRegistry;
import org.tclifecycle.i18n.StateNames;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.input.NoMarkup;
import org.tclifecycle.notification.MailTemplates;

/**
 * The officer picks the panel's contributors: from the panel's own contributor list, from the national actor
 * registry (governments, NHRIs, civil society, UN entities, regional organisations), or adds a new one.
 * Each one picked is asked for a contribution, due on the panel's contribution date.
 */
@Component("identifyContributorsForm")
class IdentifyContributorsForm extends FormTaskListener {

  static final String OPTIONS = "contributorOptions";
  /** The length of panel_contributor.name (changelog 005). */
  static final int NAME_LENGTH = 200;
  static final String CONTRIBUTORS = "invitedContributors";
  static final String NEW_NAME = "newContributorName";
  static final String NEW_KIND = "newContributorKind";
  static final String NEW_CONTACT = "newContributorContact";
  static final String NEW_ACCOUNT = "newContributorAccount";
  static final String NEW_LANGUAGE = "newContributorLanguage";
  private static final Map<ActorType, ContributorKind> KINDS = Map.of(ActorType.GOVERNMENT, ContributorKind.STATE,
      ActorType.NHRI, ContributorKind.NHRI, ActorType.CIVIL_SOCIETY, ContributorKind.CIVIL_SOCIETY,
      ActorType.UN_ENTITY, ContributorKind.UN_ENTITY, ActorType.REGIONAL_ORGANISATION, ContributorKind.REGIONAL_ORGANISATION);

  private final Panels panels;
  private final PanelContributorRepository contributors;
  private final PanelContributionRepository contributions;
  private final NationalActorRegistry registry;

  IdentifyContributorsForm(Panels panels, PanelContributorRepository contributors, PanelContributionRepository contributions,
      NationalActorRegistry registry) {
    this.panels = panels;
    this.contributors = contributors;
    this.contributions = contributions;
    this.registry = registry;
  }

  @Override
  public String formId() {
    return "identify-contributors";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(CONTRIBUTORS, NEW_NAME, NEW_KIND, NEW_CONTACT, NEW_ACCOUNT, NEW_LANGUAGE);
  }

  @Override
  protected void prefill(DelegateTask task) {
    Map<String, String> options = new LinkedHashMap<>();
    java.util.Set<Long> listed = new java.util.HashSet<>();
    for (PanelContributor contributor : contributors.findAllByOrderByKindAscNameAsc()) {
      options.put("contributor:" + contributor.getId(), contributor.getName() + " (" + contributor.getKind().label() + ")");
      listed.add(contributor.getNationalActorId());
    }
    for (NationalActor actor : registry.all()) {
      if (KINDS.containsKey(actor.getType()) && !listed.contains(actor.getId())) {
        options.put("actor:" + actor.getId(), nameOf(actor) + " (" + KINDS.get(actor.getType()).label() + ")");
      }
    }
    offer(task, OPTIONS, options);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Map<String, String> errors = new TreeMap<>(values.errors());
    List<PanelContributor> invited = new ArrayList<>();
    for (String choice : values.texts(CONTRIBUTORS)) {
      PanelContributor contributor = resolve(choice, actor(task));
      if (contributor == null) {
        errors.put(CONTRIBUTORS, Messages.text("input.panel.unknownContributors"));
      } else {
        invited.add(contributor);
      }
    }
    String name = values.text(NEW_NAME);
    if (name != null || values.text(NEW_KIND) != null) {
      ContributorKind kind = values.choice(NEW_KIND, ContributorKind.class);
      String contact = values.text(NEW_CONTACT);
      String account = values.text(NEW_ACCOUNT);
      String language = values.text(NEW_LANGUAGE) == null ? MailTemplates.DEFAULT_LANGUAGE : values.text(NEW_LANGUAGE);
      if (!MailTemplates.LANGUAGES.contains(language)) {
        errors.put(NEW_LANGUAGE, Messages.text("input.panel.language"));
      }
      check(errors, NEW_NAME, name, 200);
      check(errors, NEW_CONTACT, contact, 200);
      if (kind == null) {
        errors.putIfAbsent(NEW_KIND, Messages.text("input.required"));
      }
      if (account != null && !account.matches("[A-Za-z0-9._-]{1,64}")) {
        errors.put(NEW_ACCOUNT, Messages.text("input.panel.account"));
      }
      if (name != null && contributors.findByNameIgnoreCase(name).isPresent()) {
        errors.put(NEW_NAME, Messages.text("input.panel.contributorExists"));
      }
      errors.putAll(values.errors());
      if (errors.isEmpty()) {
        invited.add(contributors.save(new PanelContributor(name, kind, contact, language, null, account, actor(task))));
      }
    }
    if (errors.isEmpty() && invited.isEmpty()) {
      errors.put(CONTRIBUTORS, Messages.text("input.panel.noContributor"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ThematicPanel panel = panels.get(PanelVariables.panelId(task));
    for (PanelContributor contributor : invited) {
      if (contributions.findByPanelIdAndContributorId(panel.getId(), contributor.getId()).isEmpty()) {
        contributions.save(new PanelContribution(panel.getId(), contributor, panel.getContributionsDue()));
      }
    }
  }

  private PanelContributor resolve(String choice, String officer) {
    if (choice.matches("contributor:\\d{1,18}")) {
      return contributors.findById(Long.valueOf(choice.substring(12))).orElse(null);
    }
    if (choice.matches("actor:\\d{1,18}")) {
      NationalActor actor = registry.find(Long.valueOf(choice.substring(6)));
      if (actor == null || !KINDS.containsKey(actor.getType())) {
        return null;
      }
      return contributors.findByNationalActorId(actor.getId()).orElseGet(() -> contributors.save(
          new PanelContributor(nameOf(actor), KINDS.get(actor.getType()), actor.getContact(), MailTemplates.DEFAULT_LANGUAGE,
              actor.getId(), null, officer)));
    }
    return null;
  }

  /** The actor and its State by name ("… (Kenya)"): the contributor's name in task titles and the panel's report. */
  private static String nameOf(NationalActor actor) {
    return contributorName(actor.getName(), actor.getCountryCode());
  }

  static String contributorName(String name, String countryCode) {
    String state = " (" + StateNames.of(countryCode, Locale.ENGLISH) + ")";
    // a contributor's name holds 200 characters, as an actor's does: a long name gives way to its State's
    return (name.length() + state.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH - state.length() - 1) + "…" : name) + state;
  }

  private static void check(Map<String, String> errors, String field, String text, int max) {
    if (text == null) {
      errors.putIfAbsent(field, Messages.text("input.required"));
    } else if (text.length() > max) {
      errors.put(field, Messages.text("input.maxChars", max));
    } else if (!NoMarkup.Validator.allows(text)) {
      errors.put(field, Messages.text("input.noMarkup"));
    }
  }
}
