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

  /** Commands (by class or superclass name) that only administrators may run, with what they do in words. */
  private static final Map<String, String> ADMIN_ONLY = Map.ofEntries(
      Map.entry("AbstractSetJobsRetriesBatchCmd", "change job retries"), Map.entry("SetJobRetriesCmd", "change job retries"),
      Map.entry("SetJobDuedateCmd", "move a job's due date"), Map.entry("RecalculateJobDuedateCmd", "move a job's due date"),
      Map.entry("SetJobPriorityCmd", "change a job's priority"), Map.entry("SetJobDefinitionPriorityCmd", "change job priorities"),
      Map.entry("ExecuteJobsCmd", "execute a job by hand"), Map.entry("DeleteJobCmd", "delete a job"),
      Map.entry("UnlockJobCmd", "unlock a job"), Map.entry("AbstractSetJobStateCmd", "suspend or activate jobs"),
      Map.entry("AbstractSetJobDefinitionStateCmd", "suspend or activate jobs"),
      Map.entry("AbstractSetProcessInstanceStateCmd", "suspend or activate instances"),
      Map.entry("AbstractSetProcessDefinitionStateCmd", "suspend or activate a process definition"),
      Map.entry("AbstractUpdateProcessInstancesSuspendStateCmd", "suspend or activate instances"),
      Map.entry("ModifyProcessInstanceCmd", "modify an instance"), Map.entry("ModifyProcessInstanceAsyncCmd", "modify an instance"),
      Map.entry("ProcessInstanceModificationCmd", "modify instances"), Map.entry("ProcessInstanceModificationBatchCmd", "modify instances"),
      Map.entry("StartProcessInstanceAtActivitiesCmd", "start an instance at a chosen activity"),
      Map.entry("AbstractRestartProcessInstanceCmd", "restart instances"), Map.entry("RestartProcessInstancesBatchCmd", "restart instances"),
      Map.entry("AbstractMigrationCmd", "migrate instances"), Map.entry("MigrateProcessInstanceBatchCmd", "migrate instances"),
      Map.entry("CreateMigrationPlanCmd", "migrate instances"),
      Map.entry("AbstractDeleteProcessInstanceCmd", "delete instances"), Map.entry("DeleteProcessInstanceBatchCmd", "delete instances"),
      Map.entry("AbstractDeleteProcessDefinitionCmd", "delete process definitions"), Map.entry("DeleteDeploymentCmd", "delete a deployment"),
      Map.entry("DeployCmd", "deploy models"), Map.entry("SetProcessDefinitionVersionCmd", "move an instance to another version"),
      Map.entry("UpdateProcessDefinitionHistoryTimeToLiveCmd", "change the retention of history"),
      Map.entry("UpdateDecisionDefinitionHistoryTimeToLiveCmd", "change the retention of history"),
      Map.entry("DeleteHistoricProcessInstancesCmd", "delete history"), Map.entry("DeleteHistoricProcessInstancesBatchCmd", "delete history"),
      Map.entry("DeleteHistoricVariableInstanceCmd", "delete history"),
      Map.entry("DeleteHistoricVariableInstancesByProcessInstanceIdCmd", "delete history"),
      Map.entry("DeleteHistoricTaskInstanceCmd", "delete history"), Map.entry("DeleteUserOperationLogEntryCmd", "delete the audit log"),
      Map.entry("DeleteHistoricDecisionInstancesBulkCmd", "delete history"), Map.entry("DeleteHistoricDecisionInstancesBatchCmd", "delete history"),
      Map.entry("DeleteHistoricDecisionInstanceByInstanceIdCmd", "delete history"),
      Map.entry("DeleteHistoricDecisionInstanceByDefinitionIdCmd", "delete history"),
      Map.entry("SetRemovalTimeToHistoricProcessInstancesCmd", "change the retention of history"),
      Map.entry("SetRemovalTimeToHistoricDecisionInstancesCmd", "change the retention of history"),
      Map.entry("SetRemovalTimeToHistoricBatchesCmd", "change the retention of history"),
      Map.entry("HistoryCleanupCmd", "run the history cleanup"), Map.entry("DeleteMetricsCmd", "delete metrics"),
      Map.entry("DeleteTaskMetricsCmd", "delete metrics"),
      Map.entry("AbstractSetVariableCmd", "set variables"), Map.entry("AbstractRemoveVariableCmd", "remove variables"),
      Map.entry("AbstractPatchVariablesCmd", "change variables"), Map.entry("SetVariablesToProcessInstancesBatchCmd", "set variables"),
      Map.entry("SignalCmd", "signal an execution"), Map.entry("SignalEventReceivedCmd", "send a signal"),
      Map.entry("MessageEventReceivedCmd", "deliver a message to an execution"),
      Map.entry("CorrelateAllMessageBatchCmd", "correlate messages in bulk"),
      Map.entry("DeleteBatchCmd", "delete a batch"), Map.entry("AbstractSetBatchStateCmd", "suspend or activate a batch"),
      Map.entry("DeleteHistoricBatchCmd", "delete history"),
      Map.entry("ResolveIncidentCmd", "resolve an incident"), Map.entry("CreateIncidentCmd", "create an incident"),
      Map.entry("SetAnnotationForIncidentCmd", "annotate an incident"),
      Map.entry("AbstractSetExternalTaskRetriesCmd", "change external task retries"),
      Map.entry("DeleteTaskCmd", "delete a task"));

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
      throw new Refused(caller.getUserId() + " is an API account: it uses the product's API (/api), where the State it "
          + "acts for is checked, not Camunda's REST API or webapps");
    }
    String adminOnly = adminOnly(command.getClass());
    if (adminOnly != null) {
      throw new Refused("Only administrators may " + adminOnly + "; " + caller.getUserId() + " is not one");
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

  /** Camunda's authorization error, so the REST API answers 403 and the webapps show the reason. */
  static final class Refused extends AuthorizationException implements Refusal {
    Refused(String message) {
      super(message);
    }
  }
}
