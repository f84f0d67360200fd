package org.tclifecycle.panel;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;

/** The forms from the draft report to the panel held: review, revision, a late report, submission, the panel's outcome. */
final class PanelReportForms {

  private PanelReportForms() {}

  enum ReportDecision { APPROVE, REVISE }

  /** A manager approves the draft or sends it back with comments. */
  @Component("reviewPanelReportForm")
  static class Review extends FormTaskListener {
    record Decision(@NotNull ReportDecision reportDecision, @Size(max = 4000) String reviewComments) {
      @AssertTrue(message = "must say what to revise")
      boolean isReviewComments() {
        return reportDecision != ReportDecision.REVISE || (reviewComments != null && !reviewComments.isBlank());
      }
    }

    private final InputValidator validator;

    Review(InputValidator validator) {
      this.validator = validator;
    }

    @Override
    public String formId() {
      return "review-panel-report";
    }

    @Override
    protected Set<String> fieldsForTheProcess() {
      return Set.of(PanelVariables.REPORT_DECISION, PanelVariables.REVIEW_COMMENTS);
    }

    @Override
    public Set<String> fieldsRead() {
      return Set.of(PanelVariables.REPORT_DECISION, PanelVariables.REVIEW_COMMENTS);
    }

    @Override
    protected void complete(DelegateTask task, FormValues values) {
      validator.validate(new Decision(values.choice(PanelVariables.REPORT_DECISION, ReportDecision.class),
          values.text(PanelVariables.REVIEW_COMMENTS)), values);
    }
  }

  /** The officer answers the manager's comments with the report's introduction; the report is compiled again. */
  @Component("revisePanelReportForm")
  static class Revise extends FormTaskListener {
    static final String INTRODUCTION = "reportIntroduction";

    record Revision(@NotBlank @Size(max = 4000) String reportIntroduction) {}

    private final Panels panels;
    private final InputValidator validator;

    Revise(Panels panels, InputValidator validator) {
      this.panels = panels;
      this.validator = validator;
    }

    @Override
    public String formId() {
      return "revise-panel-report";
    }

    @Override
    public Set<String> fieldsRead() {
      return Set.of(INTRODUCTION);
    }

    @Override
    protected void prefill(DelegateTask task) {
      String current = panels.get(PanelVariables.panelId(task)).getIntroduction();
      task.setVariableLocal(INTRODUCTION, current == null ? "" : current);
    }

    @Override
    protected void complete(DelegateTask task, FormValues values) {
      Revision revision = validator.validate(new Revision(values.text(INTRODUCTION)), values);
      panels.get(PanelVariables.panelId(task)).introduce(revision.reportIntroduction());
    }
  }

  /** The submission date passed before the report was approved: a manager says what is being done. */
  @Component("expeditePanelReportForm")
  static class Expedite extends FormTaskListener {
    record Plan(@NotBlank @Size(max = 2000) String lateReportPlan) {}

    private final InputValidator validator;

    Expedite(InputValidator validator) {
      this.validator = validator;
    }

    @Override
    public String formId() {
      return "expedite-panel-report";
    }

    @Override
    public Set<String> fieldsRead() {
      return Set.of("lateReportPlan");
    }

    @Override
    protected void complete(DelegateTask task, FormValues values) {
      validator.validate(new Plan(values.text("lateReportPlan")), values);
    }
  }

  /** The approved report is submitted to the Council's secretariat under a document symbol. */
  @Component("submitPanelReportForm")
  static class Submit extends FormTaskListener {
    record Submission(@NotNull @PastOrPresent LocalDate submittedOn,
        @NotBlank @Pattern(regexp = "A/HRC/\\d{1,3}/\\d{1,4}(/Add\\.\\d{1,2})?", message = "must be a Council document symbol such as A/HRC/22/23")
        String reportSymbol) {}

    private final Panels panels;
    private final InputValidator validator;

    Submit(Panels panels, InputValidator validator) {
      this.panels = panels;
      this.validator = validator;
    }

    @Override
    public String formId() {
      return "submit-panel-report";
    }

    @Override
    public Set<String> fieldsRead() {
      return Set.of("submittedOn", "reportSymbol");
    }

    @Override
    protected void complete(DelegateTask task, FormValues values) {
      Submission submission = validator.validate(new Submission(values.date("submittedOn"), values.text("reportSymbol")), values);
      panels.get(PanelVariables.panelId(task)).submitted(submission.submittedOn(), submission.reportSymbol());
    }
  }

  /** The panel was held: its date, summary and lessons are kept with the panel. */
  @Component("recordPanelHeldForm")
  static class Held extends FormTaskListener {
    record Outcome(@NotNull @PastOrPresent LocalDate panelHeldOn, @NotBlank @Size(max = 4000) String panelSummary,
        @NotBlank @Size(max = 4000) String panelLessons) {}

    private final Panels panels;
    private final InputValidator validator;

    Held(Panels panels, InputValidator validator) {
      this.panels = panels;
      this.validator = validator;
    }

    @Override
    public String formId() {
      return "record-panel-held";
    }

    @Override
    public Set<String> fieldsRead() {
      return Set.of("panelHeldOn", "panelSummary", "panelLessons");
    }

    @Override
    protected void complete(DelegateTask task, FormValues values) {
      Outcome outcome = validator.validate(new Outcome(values.date("panelHeldOn"), values.text("panelSummary"),
          values.text("panelLessons")), values);
      panels.get(PanelVariables.panelId(task)).held(outcome.panelHeldOn(), outcome.panelSummary(), outcome.panelLessons());
    }
  }
}
