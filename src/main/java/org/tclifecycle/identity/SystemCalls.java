package org.tclifecycle.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine calls that our own API has already allowed (it applies the caller's role and State binding), run
 * without the engine's authorization checks but still on behalf of the caller, so that what they record
 * (who gave consent, who submitted a request) names the real person or system.
 */
@Component
public class SystemCalls {

  private final ObjectProvider<ProcessEngine> engine;

  SystemCalls(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  public <T> T withoutAuthorization(Supplier<T> work) {
    return ((ProcessEngineImpl) engine.getObject()).getProcessEngineConfiguration().getCommandExecutorTxRequired()
        .execute(new Trusted<>(work));
  }

  /** Work our own code has allowed: {@link EngineClientGuard} lets it through even inside a request to Camunda's API. */
  static final class Trusted<T> implements Command<T> {
    private final Supplier<T> work;

    Trusted(Supplier<T> work) {
      this.work = work;
    }

    @Override
    public T execute(CommandContext commandContext) {
      boolean enabled = commandContext.isAuthorizationCheckEnabled();
      commandContext.disableAuthorizationCheck();
      try {
        return work.get();
      } finally {
        if (enabled) {
          commandContext.enableAuthorizationCheck();
        }
      }
    }
  }
}
