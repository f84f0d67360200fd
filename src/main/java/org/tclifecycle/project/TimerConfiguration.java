package org.tclifecycle.project;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimerConfiguration {

  /** Named {@code timers} because the BPMN timer and due-date expressions refer to it by that name. */
  @Bean("timers")
  @ConfigurationProperties("tc.timers")
  LifecycleTimers timers() {
    return new LifecycleTimers();
  }

  @Bean
  @ConfigurationProperties("tc.task-deadlines")
  TaskDeadlines taskDeadlines() {
    return new TaskDeadlines();
  }
}
