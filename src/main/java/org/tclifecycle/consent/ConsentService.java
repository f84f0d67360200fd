package org.tclifecycle.consent;

import org.tclifecycle.i18n.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.project.ConsentGuard;

/** Keeps the State's consent decisions; the latest decision is the one in force. */
@Service
@Transactional
public class ConsentService implements ConsentGuard {

  private final ConsentRepository consents;
  private final InputValidator validator;

  ConsentService(ConsentRepository consents, InputValidator validator) {
    this.consents = consents;
    this.validator = validator;
  }

  /** Reads a consent decision from form or message values, validates it and records it. */
  ConsentDecision record(Long projectId, FormValues values, ConsentRecord.Channel channel, String recordedBy) {
    ConsentCommand command = validator.validate(new ConsentCommand(
        values.choice(ConsentFields.DECISION, ConsentDecision.class),
        values.text(ConsentFields.SIGNATORY),
        values.date(ConsentFields.DATE),
        values.text(ConsentFields.REFERENCE),
        values.text(ConsentFields.SCOPE),
        values.date(ConsentFields.VALID_UNTIL)), values);
    if (channel == ConsentRecord.Channel.PAPER && command.consentDecision() == ConsentDecision.WITHDRAWN) {
      throw InvalidInputException.of(ConsentFields.DECISION, Messages.text("input.consent.decision"));
    }
    consents.save(new ConsentRecord(projectId, command, channel, recordedBy));
    return command.consentDecision();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean hasConsent(Long projectId) {
    return consents.findFirstByProjectIdOrderByIdDesc(projectId)
        .map(latest -> latest.getDecision() == ConsentDecision.GIVEN)
        .orElse(false);
  }
}
