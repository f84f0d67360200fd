package org.tclifecycle.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What Tasklist does for a user: find the task, claim it, submit its form. The same calls for product and floor. */
final class Tasklist {

  private static final long POLL_MILLIS = 20;
  private static final long GIVE_UP_MILLIS = 60_000;

  private final Api api;

  Tasklist(Api api) {
    this.api = api;
  }

  /** Waits for the tasks of this definition on the project, then claims and submits each one. */
  List<JsonNode> work(String businessKey, String taskDefinitionKey, String user, Map<String, ?> values) {
    List<JsonNode> tasks = await(businessKey, taskDefinitionKey, user);
    for (JsonNode task : tasks) {
      String id = task.get("id").asText();
      api.call("claim", user, "POST", "/engine-rest/task/" + id + "/claim", Map.of("userId", user), 204);
      api.call("submit-form", user, "POST", "/engine-rest/task/" + id + "/submit-form", Map.of("variables", Api.variables(values)), 204);
    }
    return tasks;
  }

  List<JsonNode> await(String businessKey, String taskDefinitionKey, String user) {
    long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
    while (true) {
      JsonNode found = api.call("find-task", user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + businessKey
          + "&taskDefinitionKey=" + taskDefinitionKey + "&firstResult=0&maxResults=50", null, 200);
      if (!found.isEmpty()) {
        List<JsonNode> tasks = new ArrayList<>();
        found.forEach(tasks::add);
        return tasks;
      }
      if (System.currentTimeMillis() > giveUp) {
        throw new IllegalStateException("No task " + taskDefinitionKey + " for " + businessKey);
      }
      sleep(POLL_MILLIS);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
