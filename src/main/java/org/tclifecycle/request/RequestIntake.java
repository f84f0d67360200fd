package org.tclifecycle.request;

import org.tclifecycle.i18n.Messages;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.tclifecycle.identity.SystemCalls;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tclifecycle.audit.AuditLog;
import org.tclifecycle.project.CooperationRequest;
import org.tclifecycle.project.ProjectVariables;
import org.tclifecycle.web.ApiException;

/**
 * Starts {@code cooperation-project} for a request that came over the API. With an Idempotency-Key the
 * key is recorded in the same transaction as the start, so a retry or a concurrent twin with the same body
 * gets the project the first call created, and the same key with another body is refused.
 */
@Service
class RequestIntake {

  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .findAndAddModules().build();
  private static final int ATTEMPTS = 5;

  private final RuntimeService runtimeService;
  private final IdempotencyRecordRepository keys;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final SystemCalls systemCalls;

  RequestIntake(RuntimeService runtimeService, IdempotencyRecordRepository keys, AuditLog audit,
      PlatformTransactionManager transactions, SystemCalls systemCalls) {
    this.systemCalls = systemCalls;
    this.runtimeService = runtimeService;
    this.keys = keys;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
  }

  String submit(String caller, String idempotencyKey, CooperationRequest request) {
    if (idempotencyKey == null) {
      return transaction.execute(status -> start(caller, request));
    }
    String hash = hash(request);
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> {
          var existing = keys.findByCallerAndIdempotencyKey(caller, idempotencyKey);
          if (existing.isPresent()) {
            if (!existing.get().requestHash().equals(hash)) {
              throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY,
                  Messages.text("problem.request.idempotencyKeyReused", idempotencyKey));
            }
            return existing.get().businessKey();
          }
          IdempotencyRecord record = keys.saveAndFlush(new IdempotencyRecord(caller, idempotencyKey, hash));
          record.created(start(caller, request));
          return record.businessKey();
        });
      } catch (DataIntegrityViolationException | ConcurrencyFailureException concurrentTwin) {
        if (attempt == ATTEMPTS) {
          throw new ApiException(HttpStatus.CONFLICT, Messages.text("problem.request.idempotencyKeyPending", idempotencyKey));
        }
      }
    }
  }

  private String start(String caller, CooperationRequest request) {
    VariableMap variables = Variables.putValueTyped(RequestFields.SUBMITTED_REQUEST, Variables.objectValue(request, true).create());
    // the controller has checked the caller's role and State; external accounts hold no engine grant
    String businessKey = systemCalls.withoutAuthorization(() -> runtimeService.createMessageCorrelation(ProjectVariables.REQUEST_SUBMITTED)
        .setVariables(variables).correlateStartMessage().getBusinessKey());
    audit.record(caller, "REQUEST_SUBMITTED", businessKey, "State " + request.countryCode() + ", " + request.assistanceType());
    return businessKey;
  }

  static String hash(CooperationRequest request) {
    try {
      byte[] canonical = CANONICAL.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
