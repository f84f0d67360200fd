package org.tclifecycle.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.input.Refusal;

/**
 * What Camunda's REST API and webapps let a person or system do, beyond the engine's grants (which cannot
 * express these rules): API accounts (external systems, panel contributors) may do nothing there, and only
 * administrators may run the commands that move, stop or rewrite instances, jobs, variables and history. A
 * task's completion may set only the fields of its own form ({@link TaskFormFields}), so no task can set
 * the variables another task decides. Applies to the outermost command of a request to those APIs
 * ({@link EngineClientRequests}); our own API applies its rules itself and the engine's own work is not
 * an outside request.
 */
@Component
class EngineClientGuard extends AbstractProcessEnginePlugin {

  static final String ADMIN_GROUP = "camunda-admin";

  /** Commands (by class or superclass name) that only administrators may run, with the code of what they do in words. */
  private static final Map<String, String> ADMIN_ONLY = Map.ofEntries(
      Map.entry("AbstractSetJobsRetriesBatchCmd", "adminOnly.changeJobRetries"), Map.entry("SetJobRetriesCmd", "adminOnly.changeJobRetries"),
      Map.entry("SetJobDuedateCmd", "adminOnly.moveAJobsDueDate"), Map.entry("RecalculateJobDuedateCmd", "adminOnly.moveAJobsDueDate"),
      Map.entry("SetJobPriorityCmd", "adminOnly.changeAJobsPriority"), Map.entry("SetJobDefinitionPriorityCmd", "adminOnly.changeJobPriorities"),
      Map.entry("ExecuteJobsCmd", "adminOnly.executeAJobByHand"), Map.entry("DeleteJobCmd", "adminOnly.deleteAJob"),
      Map.entry("UnlockJobCmd", "adminOnly.unlockAJob"), Map.entry("AbstractSetJobStateCmd", "adminOnly.suspendOrActivateJobs"),
      Map.entry("AbstractSetJobDefinitionStateCmd", "adminOnly.suspendOrActivateJobs"),
      Map.entry("AbstractSetProcessInstanceStateCmd", "adminOnly.suspendOrActivateInstances"),
      Map.entry("AbstractSetProcessDefinitionStateCmd", "adminOnly.suspendOrActivateAProcessDefinition"),
      Map.entry("AbstractUpdateProcessInstancesSuspendStateCmd", "adminOnly.suspendOrActivateInstances"),
      Map.entry("ModifyProcessInstanceCmd", "adminOnly.modifyAnInstance"), Map.entry("ModifyProcessInstanceAsyncCmd", "adminOnly.modifyAnInstance"),
      Map.entry("ProcessInstanceModificationCmd", "adminOnly.modifyInstances"), Map.entry("ProcessInstanceModificationBatchCmd", "adminOnly.modifyInstances"),
      Map.entry("StartProcessInstanceAtActivitiesCmd", "adminOnly.startAnInstanceAtAChosenActivity"),
      Map.entry("AbstractRestartProcessInstanceCmd", "adminOnly.restartInstances"), Map.entry("RestartProcessInstancesBatchCmd", "adminOnly.restartInstances"),
      Map.entry("AbstractMigrationCmd", "adminOnly.migrateInstances"), Map.entry("MigrateProcessInstanceBatchCmd", "adminOnly.migrateInstances"),
      Map.entry("CreateMigrationPlanCmd", "adminOnly.migrateInstances"),
      Map.entry("AbstractDeleteProcessInstanceCmd", "adminOnly.deleteInstances"), Map.entry("DeleteProcessInstanceBatchCmd", "adminOnly.deleteInstances"),
      Map.entry("AbstractDeleteProcessDefinitionCmd", "adminOnly.deleteProcessDefinitions"), Map.entry("DeleteDeploymentCmd", "adminOnly.deleteADeployment"),
      Map.entry("DeployCmd", "adminOnly.deployModels"), Map.entry("SetProcessDefinitionVersionCmd", "adminOnly.moveAnInstanceToAnotherVersion"),
      Map.entry("UpdateProcessDefinitionHistoryTimeToLiveCmd", "adminOnly.changeTheRetentionOfHistory"),
      Map.entry("UpdateDecisionDefinitionHistoryTimeToLiveCmd", "adminOnly.changeTheRetentionOfHistory"),
      Map.entry("DeleteHistoricProcessInstancesCmd", "adminOnly.deleteHistory"), Map.entry("DeleteHistoricProcessInstancesBatchCmd", "adminOnly.deleteHistory"),
      Map.entry("DeleteHistoricVariableInstanceCmd", "adminOnly.deleteHistory"),
      Map.entry("DeleteHistoricVariableInstancesByProcessInstanceIdCmd", "adminOnly.deleteHistory"),
      Map.entry("DeleteHistoricTaskInstanceCmd", "adminOnly.deleteHistory"), Map.entry("DeleteUserOperationLogEntryCmd", "adminOnly.deleteTheAuditLog"),
      Map.entry("DeleteHistoricDecisionInstancesBulkCmd", "adminOnly.deleteHistory"), Map.entry("DeleteHistoricDecisionInstancesBatchCmd", "adminOnly.deleteHistory"),
      Map.entry("DeleteHistoricDecisionInstanceByInstanceIdCmd", "adminOnly.deleteHistory"),
      Map.entry("DeleteHistoricDecisionInstanceByDefinitionIdCmd", "adminOnly.deleteHistory"),
      Map.entry("SetRemovalTimeToHistoricProcessInstancesCmd", "adminOnly.changeTheRetentionOfHistory"),
      Map.entry("SetRemovalTimeToHistoricDecisionInstancesCmd", "adminOnly.changeTheRetentionOfHistory"),
      Map.entry("SetRemovalTimeToHistoricBatchesCmd", "adminOnly.changeTheRetentionOfHistory"),
      Map.entry("HistoryCleanupCmd", "adminOnly.runTheHistoryCleanup"), Map.entry("DeleteMetricsCmd", "adminOnly.deleteMetrics"),
      Map.entry("DeleteTaskMetricsCmd", "adminOnly.deleteMetrics"),
      Map.entry("AbstractSetVariableCmd", "adminOnly.setVariables"), Map.entry("AbstractRemoveVariableCmd", "adminOnly.removeVariables"),
      Map.entry("AbstractPatchVariablesCmd", "adminOnly.changeVariables"), Map.entry("SetVariablesToProcessInstancesBatchCmd", "adminOnly.setVariables"),
      Map.entry("SignalCmd", "adminOnly.signalAnExecution"), Map.entry("SignalEventReceivedCmd", "adminOnly.sendASignal"),
      Map.entry("MessageEventReceivedCmd", "adminOnly.deliverAMessageToAnExecution"),
      Map.entry("CorrelateAllMessageBatchCmd", "adminOnly.correlateMessagesInBulk"),
      Map.entry("DeleteBatchCmd", "adminOnly.deleteABatch"), Map.entry("AbstractSetBatchStateCmd", "adminOnly.suspendOrActivateABatch"),
      Map.entry("DeleteHistoricBatchCmd", "adminOnly.deleteHistory"),
      Map.entry("ResolveIncidentCmd", "adminOnly.resolveAnIncident"), Map.entry("CreateIncidentCmd", "adminOnly.createAnIncident"),
      Map.entry("SetAnnotationForIncidentCmd", "adminOnly.annotateAnIncident"),
      Map.entry("AbstractSetExternalTaskRetriesCmd", "adminOnly.changeExternalTaskRetries"),
      Map.entry("DeleteTaskCmd", "adminOnly.deleteATask"));

  private final TaskFormFields formFields;
  private IdentityService identityService;

  EngineClientGuard(TaskFormFields formFields) {
    this.formFields = formFields;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new Interceptor());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    identityService = configuration.getIdentityService();
  }

  private final class Interceptor extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (EngineClientRequests.active() && Context.getCommandContext() == null && !(command instanceof SystemCalls.Trusted)) {
        check(command);
      }
      return next.execute(command);
    }
  }

  void check(Command<?> command) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.contains(ADMIN_GROUP)) {
      return;
    }
    if (groups.stream().anyMatch(AccessPolicy.API_ONLY_GROUPS::contains)) {
      throw new Refused(Messages.text("refusal.apiAccount", caller.getUserId()));
    }
    String adminOnly = adminOnly(command.getClass());
    if (adminOnly != null) {
      throw new Refused(Messages.text("refusal.adminOnly", Messages.text(adminOnly), caller.getUserId()));
    }
    formFields.checkCompletion(command);
  }

  private static String adminOnly(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      String what = ADMIN_ONLY.get(c.getSimpleName());
      if (what != null) {
        return what;
      }
    }
    return null;
  }

  static Set<String> adminOnlyCommandNames() {
    return ADMIN_ONLY.keySet();
  }

  /** The codes of what only administrators may do, in the messages bundle. */
  static Set<String> adminOnlyActionCodes() {
    return Set.copyOf(ADMIN_ONLY.values());
  }

  /** Camunda's authorization error, so the REST API answers 403 and the webapps show the reason. */
  static final class Refused extends AuthorizationException implements Refusal {
    Refused(String message) {
      super(message);
    }
  }
}
