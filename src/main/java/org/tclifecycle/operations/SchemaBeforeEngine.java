package org.tclifecycle.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Liquibase creates Camunda's schema too (schema-update is off), so the engine must be built after it;
 * Spring would otherwise build the engine first and fail with ENGINE-03057 on an empty database.
 */
@Configuration
class SchemaBeforeEngine {

  @Bean
  static BeanFactoryPostProcessor engineAfterLiquibase() {
    return beanFactory -> {
      if (beanFactory.containsBeanDefinition("processEngineFactoryBean") && beanFactory.containsBeanDefinition("liquibase")) {
        BeanDefinition engine = beanFactory.getBeanDefinition("processEngineFactoryBean");
        List<String> dependsOn = new ArrayList<>(engine.getDependsOn() == null ? List.of() : Arrays.asList(engine.getDependsOn()));
        dependsOn.add("liquibase");
        engine.setDependsOn(dependsOn.toArray(String[]::new));
      }
    };
  }
}
