package org.tclifecycle.project;

/** What must be on record before a project may enter a stage (see {@link StageGate}). */
public enum Milestone {
  CONSENT_GIVEN("the State's consent"),
  NEEDS_ASSESSED("a needs assessment"),
  DESIGNED("a project design"),
  FUNDING_APPROVED("funding approved by a manager other than the designer"),
  EVALUATED("an evaluation");

  private final String words;

  Milestone(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  /** Tells from a stage's own records whether a project has reached a milestone; one bean per milestone. */
  public interface Records {
    Milestone milestone();

    boolean reached(Long projectId);
  }
}
