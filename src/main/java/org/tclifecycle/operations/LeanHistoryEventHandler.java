package org.tclifecycle.operations;

import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;

/**
 * Camunda's history writer at level full, less what repeats the domain records or lasts no longer than one
 * transaction. Kept: every activity and task with who did it and when, every variable's last value with its
 * task, decisions, incidents, jobs and the user-operation audit. Not written:
 * <ul>
 * <li>each variable's every change and each submitted form field (act_hi_detail): the domain database holds
 * what every form entered, per round, and history keeps each variable's last value on its task;</li>
 * <li>display-only variables (the facts and option lists put on a task for its form), copies of domain records;</li>
 * <li>a variable created and removed in the same transaction: a submitted value moved from the process
 * instance onto its task, the start form's fields once the request is stored.</li>
 * </ul>
 */
class LeanHistoryEventHandler extends DbHistoryEventHandler {

  private final Predicate<String> displayOnly;

  LeanHistoryEventHandler(Predicate<String> displayOnly) {
    this.displayOnly = displayOnly;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricFormPropertyEventEntity) {
      return;
    }
    super.handleEvent(event);
  }

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
    return false;
  }

  @Override
  protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
    if (displayOnly.test(event.getVariableName())) {
      return;
    }
    if (event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE) && createdInThisTransaction(event)) {
      return;
    }
    super.insertHistoricVariableUpdateEntity(event);
  }

  /** Removes the history of a variable not yet written, so that nothing is: true if there was one. */
  private boolean createdInThisTransaction(HistoricVariableUpdateEventEntity event) {
    var entities = Context.getCommandContext().getDbEntityManager();
    HistoricVariableInstanceEntity variable = entities.getDbEntityCache()
        .get(HistoricVariableInstanceEntity.class, event.getVariableInstanceId());
    if (variable == null || !entities.getDbEntityCache().isTransient(variable)) {
      return false;
    }
    variable.delete();
    return true;
  }
}
