package org.tclifecycle.project;

/** Tells whether the State's consent is on record for a project (resolution 21/21 §6). */
public interface ConsentGuard {

  boolean hasConsent(Long projectId);
}
