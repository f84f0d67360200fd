package org.tclifecycle.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * Engine figures for Prometheus (/actuator/prometheus): process instances started and ended, open
 * incidents, jobs executed and failed. Camunda's counters are the reported sums plus what this node has
 * counted since its last report.
 */
@Component
class EngineMetrics implements MeterBinder {

  private final ManagementService managementService;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final ProcessEngineConfigurationImpl configuration;

  EngineMetrics(ManagementService managementService, HistoryService historyService, RuntimeService runtimeService,
      ProcessEngineConfigurationImpl configuration) {
    this.managementService = managementService;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.configuration = configuration;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionCounter.builder("tc.process.instances.started", this, m -> m.engineCounter(Metrics.ROOT_PROCESS_INSTANCE_START))
        .description("Root process instances started").register(registry);
    Gauge.builder("tc.process.instances.ended", historyService, h -> h.createHistoricProcessInstanceQuery().finished().count())
        .description("Process instances that have ended and are still in the history").register(registry);
    Gauge.builder("tc.incidents.open", runtimeService, r -> r.createIncidentQuery().count())
        .description("Open incidents").register(registry);
    FunctionCounter.builder("tc.jobs.executed", this, m -> m.engineCounter(Metrics.JOB_SUCCESSFUL))
        .description("Jobs executed successfully").register(registry);
    FunctionCounter.builder("tc.jobs.failed", this, m -> m.engineCounter(Metrics.JOB_FAILED))
        .description("Job executions that failed").register(registry);
  }

  private double engineCounter(String name) {
    Meter unreported = configuration.getMetricsRegistry().getDbMeterByName(name);
    return managementService.createMetricsQuery().name(name).sum() + (unreported == null ? 0 : unreported.get());
  }
}
