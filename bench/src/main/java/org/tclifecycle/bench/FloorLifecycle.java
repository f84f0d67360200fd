package org.tclifecycle.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The floor: a process with the product's number of user tasks and nothing else, deployed by the benchmark
 * only, worked with the same calls (start, then find, claim and submit each task).
 */
final class FloorLifecycle {

  static final String PROCESS = "bench-floor";

  private final Api api;
  private final Tasklist tasklist;

  FloorLifecycle(Api api) {
    this.api = api;
    this.tasklist = new Tasklist(api);
  }

  void run() {
    String key = "FLOOR-" + UUID.randomUUID();
    api.call("start", "officer1", "POST", "/engine-rest/process-definition/key/" + PROCESS + "/start", Map.of("businessKey", key), 200);
    for (int step = 1; step <= ProductLifecycle.USER_TASKS; step++) {
      tasklist.work(key, "Task_Step" + step, "officer1", Map.of());
    }
  }

  static void deploy(Api api) throws IOException, InterruptedException {
    String boundary = "bench" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench-floor\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + PROCESS + ".bpmn\"\r\n"
        + "Content-Type: application/xml\r\n\r\n" + bpmn() + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> deployed = api.raw("admin", HttpRequest.newBuilder()
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), "/engine-rest/deployment/create");
    if (deployed.statusCode() != 200) {
      throw new IllegalStateException("Floor deployment failed: " + deployed.body());
    }
    // officers may start it, as the product lets external systems start requests
    for (String grant : new String[] {
        "{\"type\":1,\"permissions\":[\"READ\",\"CREATE_INSTANCE\",\"READ_INSTANCE\"],\"groupId\":\"tc-officers\",\"resourceType\":6,\"resourceId\":\"" + PROCESS + "\"}",
        "{\"type\":1,\"permissions\":[\"CREATE\"],\"groupId\":\"tc-officers\",\"resourceType\":8,\"resourceId\":\"*\"}"}) {
      api.raw("admin", HttpRequest.newBuilder().header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(grant)), "/engine-rest/authorization/create");
    }
  }

  static String bpmn() {
    StringBuilder process = new StringBuilder();
    StringBuilder shapes = new StringBuilder();
    String previous = "StartEvent_Started";
    for (int step = 1; step <= ProductLifecycle.USER_TASKS; step++) {
      String task = "Task_Step" + step;
      process.append("<bpmn:userTask id=\"").append(task).append("\" name=\"Do step ").append(step)
          .append("\" camunda:candidateGroups=\"tc-officers\" />")
          .append("<bpmn:sequenceFlow id=\"Flow_To").append(task).append("\" sourceRef=\"").append(previous)
          .append("\" targetRef=\"").append(task).append("\" />");
      shapes.append("<bpmndi:BPMNShape id=\"").append(task).append("_di\" bpmnElement=\"").append(task)
          .append("\"><dc:Bounds x=\"").append(100 + step * 130).append("\" y=\"80\" width=\"100\" height=\"80\" /></bpmndi:BPMNShape>");
      previous = task;
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\""
        + " xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\""
        + " id=\"Definitions_BenchFloor\" targetNamespace=\"https://tclifecycle.org/bench\">"
        + "<bpmn:process id=\"" + PROCESS + "\" name=\"Benchmark floor\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
        + "<bpmn:startEvent id=\"StartEvent_Started\" name=\"Started\" />" + process
        + "<bpmn:endEvent id=\"EndEvent_Done\" name=\"Done\" /><bpmn:sequenceFlow id=\"Flow_ToDone\" sourceRef=\"" + previous
        + "\" targetRef=\"EndEvent_Done\" /></bpmn:process>"
        + "<bpmndi:BPMNDiagram id=\"BPMNDiagram_BenchFloor\"><bpmndi:BPMNPlane id=\"BPMNPlane_BenchFloor\" bpmnElement=\"" + PROCESS + "\">"
        + shapes + "</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>";
  }
}
