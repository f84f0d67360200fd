package org.tclifecycle.consultation;

import org.tclifecycle.i18n.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.input.InvalidInputException;

/** The national actors of each State, whom consultations invite (resolution 21/21 §8, §16). */
@Service
@Transactional
public class NationalActorRegistry {

  private final NationalActorRepository actors;
  private final Validator validator;

  NationalActorRegistry(NationalActorRepository actors, Validator validator) {
    this.actors = actors;
    this.validator = validator;
  }

  /** Adds an actor, or refuses with every invalid field named. */
  public NationalActor add(NewActor actor, String recordedBy) {
    Map<String, String> errors = new TreeMap<>();
    for (ConstraintViolation<NewActor> violation : validator.validate(actor)) {
      errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
    }
    if (errors.isEmpty() && actors.existsByCountryCodeAndNameIgnoreCase(actor.countryCode(), actor.name().strip())) {
      errors.put("name", Messages.text("input.consultation.actorExists", actor.countryCode()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return actors.save(new NationalActor(actor, recordedBy));
  }

  @Transactional(readOnly = true)
  public List<NationalActor> ofState(String countryCode) {
    return actors.findByCountryCodeOrderByTypeAscNameAsc(countryCode);
  }

  @Transactional(readOnly = true)
  public List<NationalActor> all() {
    return actors.findAll(org.springframework.data.domain.Sort.by("countryCode", "type", "name"));
  }

  @Transactional(readOnly = true)
  public boolean hasNhri(String countryCode) {
    return actors.existsByCountryCodeAndType(countryCode, ActorType.NHRI);
  }

  @Transactional(readOnly = true)
  public NationalActor find(Long id) {
    return actors.findById(id).orElse(null);
  }
}
