package org.tclifecycle.funding;

import org.tclifecycle.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.audit.AuditLog;
import org.tclifecycle.input.IsoCountry;
import org.tclifecycle.input.IsoCurrency;
import org.tclifecycle.input.NoMarkup;
import org.tclifecycle.project.Fund;
import org.tclifecycle.project.Project;
import org.tclifecycle.web.ApiCaller;
import org.tclifecycle.web.ApiException;
import org.tclifecycle.web.ProjectAccess;

/**
 * Transparency of the Voluntary Fund's allocations (§15): the criteria as deployed, each project's
 * evaluation from Camunda's decision history with the manager's decision, the envelopes and what is
 * committed against them, and the country categories the criteria read.
 */
@Tag(name = "Funding", description = "Funding criteria, envelopes and decisions, each explainable (§15)")
@RestController
@Validated
class FundingController {

  record NewEnvelope(@NotNull Fund fund, @NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @IsoCurrency String currency,
      @NotNull @DecimalMin(value = "0.01", message = "{input.positive}") @DecimalMax("999999999999.99") @Digits(integer = 13, fraction = 2) BigDecimal amount) {}

  record NewCategory(@NotBlank @IsoCountry String countryCode, @NotNull CountryCategory category, @NotNull LocalDate effectiveFrom,
      LocalDate effectiveTo, @NotBlank @Size(max = 300) @NoMarkup String source) {}

  record ManagerDecision(FundingOutcome decision, Fund fund, BigDecimal amount, String recommendedAllocation,
      BigDecimal recommendedAmount, boolean overridden, boolean againstBoardAdvice, String justification, String decidedBy, Instant decidedAt) {}

  record ProjectFunding(String projectKey, Optional<FundingEvaluations.Evaluation> evaluation, List<BoardReferrals.Advice> boardReferrals,
      List<ManagerDecision> decisions) {}

  private final FundEnvelopes envelopes;
  private final CountryCategories categories;
  private final FundingCriteriaTables tables;
  private final FundingEvaluations evaluations;
  private final FundingDecisionRepository decisions;
  private final BoardReferrals boardReferrals;
  private final ProjectAccess access;
  private final ApiCaller caller;
  private final AuditLog audit;

  FundingController(FundEnvelopes envelopes, CountryCategories categories, FundingCriteriaTables tables, FundingEvaluations evaluations,
      FundingDecisionRepository decisions, BoardReferrals boardReferrals, ProjectAccess access, ApiCaller caller, AuditLog audit) {
    this.boardReferrals = boardReferrals;
    this.envelopes = envelopes;
    this.categories = categories;
    this.tables = tables;
    this.evaluations = evaluations;
    this.decisions = decisions;
    this.access = access;
    this.caller = caller;
    this.audit = audit;
  }

  @Operation(summary = "The funding criteria as deployed: each decision table's inputs, rules and annotations (latest version, or ?version=)")
  @GetMapping("/api/funding/criteria")
  FundingCriteriaTables.Criteria criteria(@RequestParam(required = false) @Min(1) Integer version) {
    caller.requireStaffOrExternal();
    return caller.asSystem(() -> tables.deployed(version));
  }

  @Operation(summary = "How the project's funding was decided: the evaluated inputs, matched rules and outputs, the Board of Trustees' advice where the criteria referred the project to it, and the manager's decision")
  @GetMapping("/api/projects/{businessKey}/funding-decision")
  @Transactional(readOnly = true)
  ProjectFunding projectFunding(@PathVariable @Pattern(regexp = Project.BUSINESS_KEY_PATTERN, message = Project.BUSINESS_KEY_MESSAGE) String businessKey) {
    Project project = access.visible(businessKey);
    List<ManagerDecision> made = decisions.findByProjectIdOrderByIdAsc(project.getId()).stream().map(d -> new ManagerDecision(
        d.getDecision(), d.getFund(), d.getAmount(), d.getRecommendedAllocation(), d.getRecommendedAmount(), d.isOverridden(), d.isAgainstBoardAdvice(),
        d.getJustification(), d.getRecordedBy(), d.getRecordedAt())).toList();
    return new ProjectFunding(businessKey, caller.asSystem(() -> evaluations.latest(project.getProcessInstanceId())),
        boardReferrals.of(project.getId()), made);
  }

  @Operation(summary = "The funds' envelopes: amount, committed, remaining, and each commitment")
  @GetMapping("/api/funds")
  List<FundEnvelopes.Envelope> funds() {
    caller.requireStaffOrExternal();
    return envelopes.all();
  }

  @Operation(summary = "Add a fund's envelope for a year and currency (managers)")
  @PostMapping("/api/funds/envelopes")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  ResponseEntity<Void> addEnvelope(@Valid @RequestBody NewEnvelope envelope) {
    caller.requireManager();
    try {
      envelopes.add(envelope.fund(), envelope.year(), envelope.currency(), envelope.amount(), caller.userId());
    } catch (FundEnvelopes.Refused refused) {
      throw new ApiException(HttpStatus.CONFLICT, refused.getMessage());
    }
    audit.record(caller.userId(), "FUND_ENVELOPE_ADDED", envelope.fund().name(), envelope.year() + " " + envelope.amount() + " " + envelope.currency());
    return ResponseEntity.created(URI.create("/api/funds")).build();
  }

  @Operation(summary = "The country categories (least developed, small island, landlocked) with their sources and dates")
  @GetMapping("/api/country-categories")
  List<CountryCategories.Entry> countryCategories(@RequestParam(required = false) @IsoCountry String country) {
    caller.requireStaffOrExternal();
    return categories.all(country);
  }

  @Operation(summary = "Add a version of a country's category, with its source (managers)")
  @PostMapping("/api/country-categories")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  void addCountryCategory(@Valid @RequestBody NewCategory category) {
    caller.requireManager();
    if (category.effectiveTo() != null && !category.effectiveTo().isAfter(category.effectiveFrom())) {
      throw new org.tclifecycle.input.InvalidInputException(java.util.Map.of("effectiveTo", Messages.text("input.funding.effectiveTo")));
    }
    categories.add(category.countryCode(), category.category(), category.effectiveFrom(), category.effectiveTo(), category.source());
    audit.record(caller.userId(), "COUNTRY_CATEGORY_ADDED", category.countryCode(), category.category() + " from " + category.effectiveFrom());
  }
}
