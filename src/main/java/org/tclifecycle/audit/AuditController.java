package org.tclifecycle.audit;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.web.ApiCaller;

/** Managers read who changed what through the API. */
@Tag(name = "Audit", description = "Who did what through the API, for administrators")
@RestController
@RequestMapping("/api/audit")
@Validated
class AuditController {

  record AuditPage(List<AuditEntry> items, int page, int size, long total) {}

  private final AuditLog audit;
  private final ApiCaller caller;

  AuditController(AuditLog audit, ApiCaller caller) {
    this.audit = audit;
    this.caller = caller;
  }

  @GetMapping
  AuditPage read(@RequestParam(required = false) @Size(max = 100) String target,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
    caller.requireManager();
    Page<AuditEntry> entries = audit.read(target, page, size);
    return new AuditPage(entries.getContent(), page, size, entries.getTotalElements());
  }
}
