package org.tclifecycle.funding;

import org.tclifecycle.i18n.Messages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.input.NoMarkup;
import org.tclifecycle.project.ProjectVariables;

/** The Board's secretariat names the session that will advise on a referred project, and when it meets. */
@Component("scheduleBoardSessionForm")
class ScheduleBoardSessionForm extends FormTaskListener {

  static final String SESSION_NAME = "boardSessionName";
  static final String SESSION_DATE = "boardSessionDate";

  record Session(@NotBlank @Size(max = 200) @NoMarkup String boardSessionName,
      @NotNull LocalDate boardSessionDate) {}

  private final BoardReferralRepository referrals;
  private final InputValidator validator;

  ScheduleBoardSessionForm(BoardReferralRepository referrals, InputValidator validator) {
    this.referrals = referrals;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "schedule-board-session";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(SESSION_NAME, SESSION_DATE);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Session session = validator.validate(new Session(values.text(SESSION_NAME), values.date(SESSION_DATE)), values);
    if (session.boardSessionDate().isBefore(LocalDate.now())) {
      throw InvalidInputException.of(SESSION_DATE, Messages.text("input.notInPast"));
    }
    BoardReferral referral = referrals.save(new BoardReferral(ProjectVariables.projectId(task), session.boardSessionName(),
        session.boardSessionDate(), actor(task)));
    task.setVariable(ProjectVariables.BOARD_REFERRAL_ID, referral.getId());
  }
}
