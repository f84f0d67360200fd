package org.tclifecycle.project;

import java.util.function.Predicate;

/** What must be on record before a project may enter a stage (see {@link StageGate}). */
public enum Milestone {
  CONSENT_GIVEN("the State's consent"),
  NEEDS_ASSESSED("a needs assessment"),
  CONSULTED_ON_ASSESSMENT("a consultation of national actors on the assessment, covered or excepted"),
  DESIGNED("a project design"),
  CONSULTED_ON_DESIGN("a consultation of national actors on the design, covered or excepted"),
  FUNDING_APPROVED("funding approved by a manager other than the designer"),
  CONSULTED_ON_EVALUATION("a consultation of national actors on the evaluation, covered or excepted"),
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

    /** Records of a milestone that one query of the stage's repository answers. */
    static Records of(Milestone milestone, Predicate<Long> reached) {
      return new Records() {
        @Override
        public Milestone milestone() {
          return milestone;
        }

        @Override
        public boolean reached(Long projectId) {
          return reached.test(projectId);
        }
      };
    }
  }
}
