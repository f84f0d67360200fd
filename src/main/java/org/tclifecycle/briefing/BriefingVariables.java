package org.tclifecycle.briefing;

/** Task-local variables that feed the read-only tables of decision forms; each form's table reads one of them. */
public final class BriefingVariables {

  /** The State's request, at Screen request, Design project and Decide funding. */
  public static final String REQUEST_FACTS = "requestFacts";
  /** The needs assessment, at Design project and Decide funding. */
  public static final String ASSESSMENT_FACTS = "assessmentFacts";
  /** The project design (objectives, activities, indicators, budget), at Decide funding and Review execution. */
  public static final String DESIGN_FACTS = "designFacts";
  /** Every national actor's input so far, at Decide funding. */
  public static final String CONSULTATION_FACTS = "consultationFacts";
  /** The officer's justification of a one-family rights focus, at Decide funding. */
  public static final String RIGHTS_FACTS = "rightsFacts";
  /** Progress reports and their indicator progress, at Review execution. */
  public static final String PROGRESS_FACTS = "progressFacts";

  /** Every one of them: copies of domain records for display, which history does not keep. */
  public static final java.util.Set<String> ALL =
      java.util.Set.of(REQUEST_FACTS, ASSESSMENT_FACTS, DESIGN_FACTS, CONSULTATION_FACTS, RIGHTS_FACTS, PROGRESS_FACTS);

  private BriefingVariables() {}
}
