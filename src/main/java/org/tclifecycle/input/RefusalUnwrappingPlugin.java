package org.tclifecycle.input;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws in a generic ProcessEngineException, which Camunda's REST
 * API answers with 500. This interceptor, outside the transaction, hands our refusals back unwrapped after
 * the rollback, so a refused form is a 400 and a four-eyes violation a 403.
 */
@Component
public class RefusalUnwrappingPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(0, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        try {
          return next.execute(command);
        } catch (ProcessEngineException e) {
          throw unwrap(e);
        }
      }
    });
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static RuntimeException unwrap(ProcessEngineException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof Refusal && cause instanceof RuntimeException refusal) {
        if (refusal instanceof RefusedFormInput form) {
          RequestRefusals.remember(form);
        }
        return refusal;
      }
    }
    return e;
  }
}
