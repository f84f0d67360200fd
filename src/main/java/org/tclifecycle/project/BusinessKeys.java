package org.tclifecycle.project;

import java.time.Year;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Hands out business keys {@code TC-<year>-<4-digit number>}, numbered from 1 each year, without gaps in a year's row lock. */
@Component
class BusinessKeys {

  private final BusinessKeySequenceRepository sequences;
  private final TransactionTemplate separateTransaction;

  BusinessKeys(BusinessKeySequenceRepository sequences, PlatformTransactionManager transactions) {
    this.sequences = sequences;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  String next() {
    int year = Year.now().getValue();
    BusinessKeySequence sequence = sequences.lockYear(year).orElseGet(() -> createYear(year));
    return "TC-%d-%04d".formatted(year, sequence.next());
  }

  /** The first key of a year creates its row; a concurrent creator may win, then its row is used. */
  private BusinessKeySequence createYear(int year) {
    try {
      separateTransaction.executeWithoutResult(status -> sequences.saveAndFlush(new BusinessKeySequence(year)));
    } catch (DataIntegrityViolationException alreadyCreated) {
      // another request created this year's row first
    }
    return sequences.lockYear(year).orElseThrow();
  }
}
