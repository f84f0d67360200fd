package org.tclifecycle.project;

import java.util.Locale;
import java.util.function.Predicate;
import org.tclifecycle.i18n.Messages;

/** What must be on record before a project may enter a stage (see {@link StageGate}). */
public enum Milestone {
  CONSENT_GIVEN, NEEDS_ASSESSED, CONSULTED_ON_ASSESSMENT, DESIGNED, CONSULTED_ON_DESIGN, FUNDING_APPROVED, CONSULTED_ON_EVALUATION, EVALUATED;

  /** The milestone in words, in the language (messages bundle, milestone.NAME). */
  public String words(Locale language) {
    return Messages.text(language, "milestone." + name());
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
