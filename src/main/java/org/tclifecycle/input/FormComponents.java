package org.tclifecycle.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The one walker over Camunda Form JSON (form-js schema): every component of a form, the ones nested in
 * groups included, in the order the form shows them. The forms are read from {@code forms/*.form}, the files
 * the application deploys.
 */
public final class FormComponents {

  /** Where the application's forms are, one file per form, named after the form's id. */
  public static final String FORMS = "classpath*:forms/*.form";

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Components that show a key but submit nothing. */
  private static final Set<String> NOT_SUBMITTED = Set.of("button", "default", "text", "table");

  private static final Map<String, Optional<JsonNode>> BY_ID = new ConcurrentHashMap<>();

  private FormComponents() {}

  /** Every component of the form, depth first, in the form's order; the nodes are the form's own (changes show in it). */
  public static List<ObjectNode> of(JsonNode form) {
    List<ObjectNode> components = new ArrayList<>();
    collect(form.path("components"), components);
    return components;
  }

  private static void collect(JsonNode components, List<ObjectNode> into) {
    for (JsonNode component : components) {
      if (component instanceof ObjectNode object) {
        into.add(object);
        collect(object.path("components"), into);
      }
    }
  }

  /** The variable a component submits: its key (or the first part of a group's path), if it submits one. */
  public static Optional<String> submittedVariable(JsonNode component) {
    if (NOT_SUBMITTED.contains(component.path("type").asText(""))) {
      return Optional.empty();
    }
    if (component.hasNonNull("key")) {
      return Optional.of(component.get("key").asText());
    }
    if (component.hasNonNull("path")) {
      return Optional.of(component.get("path").asText().split("\\.")[0]);
    }
    return Optional.empty();
  }

  /** The form with this id, as the application deploys it (read once; copy it before changing it). */
  public static Optional<JsonNode> byId(String formId) {
    return BY_ID.computeIfAbsent(formId, FormComponents::readById);
  }

  private static Optional<JsonNode> readById(String formId) {
    try (InputStream form = FormComponents.class.getClassLoader().getResourceAsStream("forms/" + formId + ".form")) {
      return form == null ? Optional.empty() : Optional.of(read(form));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every form matching the resource pattern, by id, in file order. */
  public static Map<String, JsonNode> all(String pattern) {
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          JsonNode form = read(in);
          forms.put(form.path("id").asText(), form);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return forms;
  }

  public static JsonNode read(InputStream form) throws IOException {
    return JSON.readTree(form);
  }

  public static JsonNode read(byte[] form) throws IOException {
    return JSON.readTree(form);
  }

  public static byte[] write(JsonNode form) {
    try {
      return JSON.writeValueAsBytes(form);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
