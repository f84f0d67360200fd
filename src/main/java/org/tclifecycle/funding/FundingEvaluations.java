package org.tclifecycle.funding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Service;

/**
 * How the {@code funding-allocation} decision came out for a project, read back from Camunda's decision
 * history: per decision of the graph, its version, the input values, and each matched rule with its
 * annotation, as written in the version that was evaluated (a later version of the table does not
 * change how an earlier decision is explained).
 */
@Service
public class FundingEvaluations {

  public static final String DECISION = "funding-allocation";

  public record MatchedRule(String ruleId, String annotation, Map<String, Object> outputs) {}

  /** One decision of the graph; {@code inputIds} names each input's clause, by label, for its translations. */
  public record DecisionTrace(String decisionKey, String decisionName, int version, Instant evaluatedAt,
      Map<String, Object> inputs, List<MatchedRule> matchedRules, @JsonIgnore Map<String, String> inputIds) {}

  /** The result of the graph's top decision, and every decision that led to it. */
  public record Evaluation(String allocation, Double capShare, String reason, Boolean eligible, Integer priorityScore,
      Double requestedAmount, List<DecisionTrace> decisions) {

    /** The most the decision recommends allocating: the amount asked, times the cap for a partial allocation. */
    public double recommendedAmount() {
      if (!"FULL".equals(allocation) && !"PARTIAL".equals(allocation)) {
        return 0;
      }
      return Math.round(requestedAmount * (capShare == null ? 1 : capShare) * 100) / 100.0;
    }
  }

  private final HistoryService history;
  private final RepositoryService repository;

  FundingEvaluations(HistoryService history, RepositoryService repository) {
    this.history = history;
    this.repository = repository;
  }

  /** The latest evaluation in the project's process instance, for a step that follows the evaluation. */
  public Evaluation required(String processInstanceId) {
    return latest(processInstanceId).orElseThrow(() ->
        new IllegalStateException("The funding criteria were not evaluated for process instance " + processInstanceId));
  }

  /** The latest evaluation in the project's process instance, if the criteria were evaluated. */
  public Optional<Evaluation> latest(String processInstanceId) {
    List<HistoricDecisionInstance> roots = history.createHistoricDecisionInstanceQuery().processInstanceId(processInstanceId)
        .decisionDefinitionKey(DECISION).orderByEvaluationTime().desc().listPage(0, 1);
    if (roots.isEmpty()) {
      return Optional.empty();
    }
    HistoricDecisionInstance root = roots.get(0);
    // the query by root returns the root too, and the decisions it required
    List<HistoricDecisionInstance> graph = new ArrayList<>(history.createHistoricDecisionInstanceQuery()
        .rootDecisionInstanceId(root.getId()).includeInputs().includeOutputs().list());
    graph.sort(Comparator.comparing((HistoricDecisionInstance d) -> d.getId().equals(root.getId()) ? 0 : 1)
        .thenComparing(HistoricDecisionInstance::getDecisionDefinitionKey));
    Map<String, Object> results = new LinkedHashMap<>();
    List<DecisionTrace> traces = new ArrayList<>();
    Double requested = null;
    for (HistoricDecisionInstance decision : graph) {
      DecisionTrace trace = trace(decision);
      traces.add(trace);
      trace.matchedRules().forEach(rule -> rule.outputs().forEach(results::putIfAbsent));
      if (trace.inputs().get("Amount asked of the fund") instanceof Number amount) {
        requested = amount.doubleValue();
      }
    }
    int score = traces.stream().filter(t -> t.decisionKey().equals("priority-score"))
        .flatMap(t -> t.matchedRules().stream()).mapToInt(r -> ((Number) r.outputs().getOrDefault("priorityScore", 0)).intValue()).sum();
    return Optional.of(new Evaluation((String) results.get("allocation"), results.get("capShare") instanceof Number cap ? cap.doubleValue() : null,
        (String) results.get("allocationReason"), (Boolean) results.get("eligible"), score, requested == null ? 0 : requested, traces));
  }

  private DecisionTrace trace(HistoricDecisionInstance decision) {
    DmnModelInstance model = repository.getDmnModelInstance(decision.getDecisionDefinitionId());
    Map<String, Object> inputs = new LinkedHashMap<>();
    Map<String, String> inputIds = new LinkedHashMap<>();
    for (HistoricDecisionInputInstance input : decision.getInputs()) {
      Input clause = model.getModelElementById(input.getClauseId());
      String label = clause != null && clause.getLabel() != null ? clause.getLabel() : input.getClauseName();
      inputs.put(label, input.getValue());
      inputIds.put(label, input.getClauseId());
    }
    Map<String, MatchedRule> rules = new LinkedHashMap<>();
    for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
      MatchedRule rule = rules.computeIfAbsent(output.getRuleId() + "#" + output.getRuleOrder(), id -> {
        Rule element = model.getModelElementById(output.getRuleId());
        String annotation = element != null && element.getDescription() != null ? element.getDescription().getTextContent() : null;
        return new MatchedRule(output.getRuleId(), annotation, new LinkedHashMap<>());
      });
      rule.outputs().put(output.getVariableName(), output.getValue());
    }
    int version = repository.getDecisionDefinition(decision.getDecisionDefinitionId()).getVersion();
    return new DecisionTrace(decision.getDecisionDefinitionKey(), decision.getDecisionDefinitionName(), version,
        decision.getEvaluationTime().toInstant(), inputs, List.copyOf(rules.values()), inputIds);
  }
}
