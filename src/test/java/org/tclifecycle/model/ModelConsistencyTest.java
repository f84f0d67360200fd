package org.tclifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.request.RequestFields;

/** The models, the forms and the beans agree: checked on every file in bpmn/ and forms/. */
@IntegrationTest
class ModelConsistencyTest {

  private static final Path BPMN = Path.of("bpmn");
  private static final Path FORMS = Path.of("forms");
  private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{(\\w+)[.}]");
  private static final Pattern GENERATED_ID = Pattern.compile("^(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task)_[0-9a-z]{7}$");
  private static final Pattern MEANINGFUL_ID = Pattern.compile(
      "^(StartEvent|EndEvent|Event|Task|Gateway|CallActivity|SubProcess|Flow|TimerEventDefinition|MessageEventDefinition|ErrorEventDefinition|TerminateEventDefinition)_[A-Z][A-Za-z]+$");
  /** What the engine itself puts into expressions: the execution, the task, a business rule task's decision result. */
  private static final Set<String> ENGINE_EXPRESSION_ROOTS = Set.of("execution", "task", "decisionResult");

  @Autowired ApplicationContext context;
  @Autowired RepositoryService repositoryService;

  static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> paths = Files.list(dir)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  static Map<String, Set<String>> formFields() throws IOException {
    Map<String, Set<String>> forms = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Path file : files(FORMS, ".form")) {
      JsonNode form = json.readTree(file.toFile());
      assertThat(form.get("schemaVersion").asInt()).as(file + " schemaVersion").isEqualTo(16);
      assertThat(file.getFileName().toString()).isEqualTo(form.get("id").asText() + ".form");
      Set<String> keys = new HashSet<>();
      form.findValues("key").forEach(key -> keys.add(key.asText()));
      forms.put(form.get("id").asText(), keys);
    }
    return forms;
  }

  static BpmnModelInstance read(Path file) {
    return Bpmn.readModelFromFile(file.toFile());
  }

  @Test
  void everyModelAndFormIsDeployedTogether() throws IOException {
    Deployment deployment = repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0);
    List<String> resources = repositoryService.getDeploymentResourceNames(deployment.getId());
    List<Path> expected = new ArrayList<>(files(BPMN, ".bpmn"));
    expected.addAll(files(BPMN, ".dmn"));
    expected.addAll(files(FORMS, ".form"));
    for (Path file : expected) {
      assertThat(resources).as(file + " in the deployment").anyMatch(name -> name.endsWith(file.getParent().getFileName() + "/" + file.getFileName()));
    }
  }

  @Test
  void everyBpmnFileIsNamedAfterItsProcessAndKeepsHistoryForALimitedTime() throws IOException {
    for (Path file : files(BPMN, ".bpmn")) {
      BpmnModelInstance model = read(file);
      var processes = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class);
      assertThat(processes).hasSize(1);
      var process = processes.iterator().next();
      assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + " historyTimeToLive").isNotBlank();
      assertThat(model.getModelElementsByType(BpmnShape.class)).as(file + " has a diagram").isNotEmpty();
    }
  }

  @Test
  void everyElementHasAMeaningfulIdAndEveryFlowNodeALabel() throws IOException {
    for (Path file : files(BPMN, ".bpmn")) {
      BpmnModelInstance model = read(file);
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        String id = element.getId();
        if (id == null || element instanceof org.camunda.bpm.model.bpmn.instance.Process
            || element instanceof org.camunda.bpm.model.bpmn.instance.Message
            || element instanceof org.camunda.bpm.model.bpmn.instance.Error
            || element.getElementType().getTypeName().startsWith("BPMN")
            || element.getElementType().getTypeName().equals("definitions")) {
          continue;
        }
        assertThat(id).as(file + ": generated id").doesNotMatch(GENERATED_ID);
        assertThat(id).as(file + ": id of a " + element.getElementType().getTypeName()).matches(MEANINGFUL_ID);
      }
      for (FlowElement node : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)) {
        assertThat(node.getName()).as(file + ": label of " + node.getId()).isNotBlank();
      }
    }
  }

  @Test
  void everyBeanTheModelsCallExists() throws IOException {
    for (Path file : files(BPMN, ".bpmn")) {
      String xml = Files.readString(file);
      Matcher matcher = BEAN_REFERENCE.matcher(xml);
      Set<String> beans = new HashSet<>();
      while (matcher.find()) {
        beans.add(matcher.group(1));
      }
      beans.removeAll(ENGINE_EXPRESSION_ROOTS);
      beans.removeIf(name -> Character.isLowerCase(name.charAt(0)) && isProcessVariable(name));
      assertThat(beans).as(file + " references").isNotEmpty();
      for (String bean : beans) {
        assertThat(context.containsBean(bean)).as(file + ": bean " + bean).isTrue();
      }
    }
  }

  /** Gateway conditions read variables ({@code ${screeningOutcome == ...}}), named in the processes' variable classes. */
  private static boolean isProcessVariable(String name) {
    return java.util.stream.Stream.of(org.tclifecycle.project.ProjectVariables.class,
            org.tclifecycle.consultation.ConsultationVariables.class, org.tclifecycle.panel.PanelVariables.class)
        .flatMap(names -> java.util.Arrays.stream(names.getFields()))
        .filter(field -> field.getType() == String.class && java.lang.reflect.Modifier.isStatic(field.getModifiers()))
        .anyMatch(field -> {
          try {
            return name.equals(field.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void everyUserTaskHasAFormACandidateGroupAndAListenerThatReadsOnlyItsFields() throws IOException {
    Map<String, Set<String>> forms = formFields();
    int checked = 0;
    for (Path file : files(BPMN, ".bpmn")) {
      for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
        String formRef = task.getCamundaFormRef();
        assertThat(formRef).as(task.getId() + " formRef").isNotBlank();
        assertThat(forms).as(task.getId() + " form " + formRef).containsKey(formRef);
        assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
        assertThat(task.getCamundaCandidateGroups()).as(task.getId() + " candidate group").isNotBlank();
        List<FormTaskListener> completion = new ArrayList<>();
        for (CamundaTaskListener listener : task.getExtensionElements().getElementsQuery()
            .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class).list()) {
          Object bean = context.getBean(listener.getCamundaDelegateExpression().replaceAll("[${}]", ""));
          if ("complete".equals(listener.getCamundaEvent()) && bean instanceof FormTaskListener formListener) {
            completion.add(formListener);
          }
        }
        assertThat(completion).as(task.getId() + " validates and stores its form").hasSize(1);
        assertThat(completion.get(0).formId()).as(task.getId()).isEqualTo(formRef);
        assertThat(forms.get(formRef)).as(formRef + " has every field " + task.getId() + " reads")
            .containsAll(completion.get(0).fieldsRead());
        checked++;
      }
    }
    assertThat(checked).as("user tasks in the models").isEqualTo(32);
  }

  @Test
  void theStartFormHasEveryFieldOfARequest() throws IOException {
    StartEvent start = read(BPMN.resolve("cooperation-project.bpmn")).getModelElementById("StartEvent_RequestRegistered");
    assertThat(start.getCamundaFormRef()).isEqualTo("register-request");
    assertThat(formFields().get("register-request")).containsAll(RequestFields.ALL);
  }

  @Test
  void everyFormIsUsedByAModel() throws IOException {
    StringBuilder models = new StringBuilder();
    for (Path file : files(BPMN, ".bpmn")) {
      models.append(Files.readString(file));
    }
    for (String form : formFields().keySet()) {
      assertThat(models.toString()).as("form " + form + " is used").contains("camunda:formRef=\"" + form + "\"");
    }
    assertThat(new File("forms")).isDirectory();
  }
}
