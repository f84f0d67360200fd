package org.tclifecycle.portfolio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import org.tclifecycle.project.ProjectStage;

/**
 * Where each stage begins in the cooperation-project diagram: the activity whose execution listener calls
 * {@code projectStages.enter(execution, 'STAGE')} (for a sequence flow, the activity it leads to), read from
 * the deployed model. The back-fill of stage periods from the history (changelog 016) lists the same
 * activities; a test keeps the two equal.
 */
@Component
class StageEntries {

  static final String PROCESS_KEY = "cooperation-project";
  private static final Pattern ENTER = Pattern.compile("projectStages\\.enter\\(execution,\\s*'([A-Z_]+)'\\)");

  private final RepositoryService repository;
  private final Map<String, Map<String, ProjectStage>> byDefinition = new ConcurrentHashMap<>();

  StageEntries(RepositoryService repository) {
    this.repository = repository;
  }

  /** Activity id → the stage that begins there, for the latest deployed version of the process. */
  Map<String, ProjectStage> activities() {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion().singleResult();
    if (latest == null) {
      return Map.of();
    }
    return byDefinition.computeIfAbsent(latest.getId(), id -> read(repository.getBpmnModelInstance(id)));
  }

  static Map<String, ProjectStage> read(BpmnModelInstance model) {
    Map<String, ProjectStage> entries = new LinkedHashMap<>();
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      Matcher enter = ENTER.matcher(String.valueOf(listener.getCamundaExpression()));
      ModelElementInstance owner = listener.getParentElement() == null ? null : listener.getParentElement().getParentElement();
      if (enter.find() && owner instanceof BaseElement element) {
        String activity = element instanceof SequenceFlow flow ? flow.getTarget().getId() : element.getId();
        entries.put(activity, ProjectStage.valueOf(enter.group(1)));
      }
    }
    return Map.copyOf(entries);
  }
}
