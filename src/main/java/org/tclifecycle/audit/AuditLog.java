package org.tclifecycle.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records state-changing API calls in the caller's transaction: no entry for a change that did not happen. */
@Service
public class AuditLog {

  private final AuditEntryRepository entries;

  AuditLog(AuditEntryRepository entries) {
    this.entries = entries;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String actor, String action, String target, String details) {
    entries.save(new AuditEntry(actor, action, target, details));
  }

  @Transactional(readOnly = true)
  public Page<AuditEntry> read(String target, int page, int size) {
    PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id"));
    return target == null ? entries.findAll(request) : entries.findByTarget(target, request);
  }
}
