package org.tclifecycle.funding;

import org.tclifecycle.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionRequirementsDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Service;
import org.tclifecycle.web.ApiException;

/** The funding criteria as deployed: read from the engine's deployed DMN, never from a copy. */
@Service
class FundingCriteriaTables {

  static final String DRD = "funding-allocation-criteria";

  record Column(String id, String label, String expression) {}

  record OutputColumn(String id, String name, String label) {}

  record RuleRow(String id, List<String> when, List<String> then, String annotation) {}

  record Table(String key, String name, int version, String hitPolicy, String aggregation, List<String> requires,
      List<Column> inputs, List<OutputColumn> outputs, List<RuleRow> rules) {}

  record Criteria(String key, String name, int version, String deploymentId, List<Table> decisions) {}

  private final RepositoryService repository;

  FundingCriteriaTables(RepositoryService repository) {
    this.repository = repository;
  }

  Criteria deployed(Integer version) {
    var query = repository.createDecisionRequirementsDefinitionQuery().decisionRequirementsDefinitionKey(DRD);
    DecisionRequirementsDefinition drd = (version == null ? query.latestVersion() : query.decisionRequirementsDefinitionVersion(version)).singleResult();
    if (drd == null) {
      throw ApiException.notFound(Messages.text("problem.what.criteriaVersion", String.valueOf(version)));
    }
    List<Table> tables = new ArrayList<>();
    List<DecisionDefinition> decisions = repository.createDecisionDefinitionQuery().decisionRequirementsDefinitionId(drd.getId()).list();
    decisions.sort(Comparator.comparing(d -> d.getKey().equals(FundingEvaluations.DECISION) ? 0 : 1));
    for (DecisionDefinition definition : decisions) {
      DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
      Decision decision = model.getModelElementById(definition.getKey());
      DecisionTable table = (DecisionTable) decision.getExpression();
      List<String> requires = decision.getInformationRequirements().stream().map(InformationRequirement::getRequiredDecision)
          .filter(java.util.Objects::nonNull).map(Decision::getId).toList();
      List<Column> inputs = table.getInputs().stream().map(input -> new Column(input.getId(), input.getLabel(),
          input.getInputExpression().getText().getTextContent())).toList();
      List<OutputColumn> outputs = table.getOutputs().stream().map(output -> new OutputColumn(output.getId(), output.getName(), output.getLabel())).toList();
      List<RuleRow> rules = new ArrayList<>();
      for (Rule rule : table.getRules()) {
        rules.add(new RuleRow(rule.getId(), rule.getInputEntries().stream().map(entry -> entry.getText().getTextContent()).toList(),
            rule.getOutputEntries().stream().map(entry -> entry.getText().getTextContent()).toList(),
            rule.getDescription() == null ? null : rule.getDescription().getTextContent()));
      }
      tables.add(new Table(definition.getKey(), definition.getName(), definition.getVersion(), table.getHitPolicy().name(),
          table.getAggregation() == null ? null : table.getAggregation().name(), requires, inputs, outputs, rules));
    }
    return new Criteria(drd.getKey(), drd.getName(), drd.getVersion(), drd.getDeploymentId(), tables);
  }
}
