package org.tclifecycle.reporting;

import jakarta.persistence.EntityManager;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.design.IndicatorMeasure;
import org.tclifecycle.design.ProjectDesign;
import org.tclifecycle.design.ProjectDesignRepository;
import org.tclifecycle.design.ProjectIndicator;
import org.tclifecycle.execution.IndicatorActual;
import org.tclifecycle.execution.ProgressReport;
import org.tclifecycle.execution.ProgressReportRepository;
import org.tclifecycle.funding.FundingDecision;
import org.tclifecycle.funding.FundingDecisionRepository;
import org.tclifecycle.funding.FundingOutcome;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.project.Fund;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectRepository;
import org.tclifecycle.project.ProjectStatus;
import org.tclifecycle.recommendation.RecommendationSearch;
import org.tclifecycle.recommendation.RecommendationView;

/**
 * Projects as IATI 2.03 activities (iatistandard.org/en/iati-standard/203/activity-standard/), one
 * {@code iati-activity} per project, elements in the order the schema's sequence requires.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(IatiSettings.class)
public class IatiExport {

  static final String VERSION = "2.03";
  /** DAC 5-digit sector code for human rights (IATI Sector vocabulary 1). */
  static final String SECTOR_HUMAN_RIGHTS = "15160";
  /** IATI Tag vocabulary 3: UN Sustainable Development Goals targets. */
  static final String TAG_SDG_TARGETS = "3";
  /** IATI OrganisationType: 10 government, 40 multilateral. */
  static final String ORGANISATION_TYPE_GOVERNMENT = "10";
  static final String ORGANISATION_TYPE_MULTILATERAL = "40";
  /** IATI TransactionType: 2 outgoing/incoming commitment, 4 expenditure. */
  static final String TRANSACTION_COMMITMENT = "2";
  static final String TRANSACTION_EXPENDITURE = "4";
  /** IATI IndicatorMeasure 5: qualitative. */
  /** IATI ResultType 2: outcome. */
  static final String RESULT_OUTCOME = "2";

  /** Projects read and written per page; the persistence context is cleared after each. */
  static final int PAGE_SIZE = 200;

  private final IatiSettings settings;
  private final ProjectRepository projects;
  private final EntityManager entities;
  private final ProjectDesignRepository designs;
  private final ProgressReportRepository progress;
  private final RecommendationSearch registry;
  private final FundingDecisionRepository fundingDecisions;
  private final IndicatorProgress indicators;
  private final IatiNarratives narratives = new IatiNarratives();

  IatiExport(IatiSettings settings, ProjectRepository projects, EntityManager entities, ProjectDesignRepository designs,
      ProgressReportRepository progress, RecommendationSearch registry, FundingDecisionRepository fundingDecisions, IndicatorProgress indicators) {
    this.settings = settings;
    this.projects = projects;
    this.entities = entities;
    this.indicators = indicators;
    this.fundingDecisions = fundingDecisions;
    this.designs = designs;
    this.progress = progress;
    this.registry = registry;
  }

  public String identifier(Project project) {
    return settings.organisationId() + "-" + project.getBusinessKey();
  }

  /**
   * Writes the {@code iati-activities} document of the projects matching the filter, in business-key order, as it
   * goes: projects are read a page at a time (keyset on the business key) and the persistence context is cleared
   * after each page, so the heap holds one page whatever the number of projects. The caller checks that at least
   * one project matches (the schema requires an activity).
   */
  public void write(Writer out, Specification<Project> filter) {
    write(out, filter, PAGE_SIZE);
  }

  /** With pages of this size (tests cross page boundaries with a few projects). */
  void write(Writer out, Specification<Project> filter, int pageSize) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("iati-activities");
      xml.writeAttribute("version", VERSION);
      xml.writeAttribute("generated-datetime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
      String after = null;
      List<Project> page;
      do {
        page = page(filter, after, pageSize);
        for (Project project : page) {
          activity(xml, project);
        }
        if (!page.isEmpty()) {
          after = page.get(page.size() - 1).getBusinessKey();
        }
        xml.flush();
        entities.clear();
      } while (page.size() == pageSize);
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("IATI export failed", e);
    }
  }

  private List<Project> page(Specification<Project> filter, String after, int pageSize) {
    Specification<Project> next = after == null ? filter : filter.and((root, query, cb) -> cb.greaterThan(root.get("businessKey"), after));
    return projects.findBy(next, query -> query.sortBy(Sort.by("businessKey")).limit(pageSize).all());
  }

  private void activity(XMLStreamWriter xml, Project project) throws XMLStreamException {
    List<ProjectDesign> versions = designs.findByProjectIdOrderByIdAsc(project.getId());
    Optional<ProjectDesign> design = versions.stream().reduce((a, b) -> b);
    List<ProgressReport> reports = progress.findByProjectIdOrderByIdAsc(project.getId());
    Optional<FundingDecision> approval = fundingDecisions.findByProjectIdOrderByIdAsc(project.getId()).stream()
        .filter(decision -> decision.getDecision() == FundingOutcome.APPROVE).reduce((a, b) -> b);
    LocalDate plannedStart = day(versions.isEmpty() ? project.getCreatedAt() : versions.get(0).getRecordedAt());
    xml.writeStartElement("iati-activity");
    xml.writeAttribute("last-updated-datetime", project.getUpdatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
    IatiNarratives.defaultLanguage(xml);
    xml.writeAttribute("default-currency", project.getCurrency());
    text(xml, "iati-identifier", identifier(project));
    xml.writeStartElement("reporting-org");
    xml.writeAttribute("ref", settings.organisationId());
    xml.writeAttribute("type", ORGANISATION_TYPE_MULTILATERAL);
    IatiNarratives.worded(xml, organisationName());
    xml.writeEndElement();
    typed(xml, "title", Map.of(), project.getBusinessKey() + ": " + abbreviate(project.getSummary(), 200));
    typed(xml, "description", Map.of("type", "1"), project.getSummary());
    if (design.isPresent()) {
      typed(xml, "description", Map.of("type", "2"), design.get().getObjectives());
    }
    worded(xml, "participating-org", funder(project.getPreferredFund()), narratives.label(project.getPreferredFund()));
    worded(xml, "participating-org", Map.of("role", "3", "ref", settings.organisationId(), "type", ORGANISATION_TYPE_MULTILATERAL), organisationName());
    typed(xml, "participating-org", Map.of("role", "4", "type", ORGANISATION_TYPE_GOVERNMENT), project.getRequestingAuthority());
    empty(xml, "activity-status", Map.of("code", activityStatus(project)));
    empty(xml, "activity-date", Map.of("type", "1", "iso-date", plannedStart.toString()));
    if (project.getExecutionStartedAt() != null) {
      empty(xml, "activity-date", Map.of("type", "2", "iso-date", day(project.getExecutionStartedAt()).toString()));
    }
    if (design.isPresent()) {
      empty(xml, "activity-date", Map.of("type", "3", "iso-date", plannedEnd(plannedStart, design.get()).toString()));
    }
    if (project.getExecutionStartedAt() != null && project.getExecutionEndedAt() != null) {
      empty(xml, "activity-date", Map.of("type", "4", "iso-date", day(project.getExecutionEndedAt()).toString()));
    }
    worded(xml, "recipient-country", Map.of("code", project.getCountryCode(), "percentage", "100"), narratives.country(project.getCountryCode()));
    worded(xml, "sector", Map.of("vocabulary", "1", "code", SECTOR_HUMAN_RIGHTS), narratives.message("iati.sector.humanRights"));
    for (Map.Entry<String, List<IatiNarratives.Worded>> target : sdgTargets(project).entrySet()) {
      worded(xml, "tag", Map.of("vocabulary", TAG_SDG_TARGETS, "code", target.getKey()), target.getValue());
    }
    if (design.isPresent()) {
      for (IatiBudgetYears year : IatiBudgetYears.split(plannedStart, plannedEnd(plannedStart, design.get()), design.get().getBudget())) {
        budget(xml, project, year, approval.isPresent());
      }
    }
    if (approval.isPresent()) {
      commitment(xml, project, approval.get(), design);
    }
    for (ProgressReport report : reports) {
      if (report.getExpenditure() != null && report.getExpenditure().signum() > 0) {
        expenditure(xml, project, report);
      }
    }
    if (design.isPresent()) {
      result(xml, design.get(), plannedStart, reports);
    }
    xml.writeEndElement();
  }

  /** The planned end: the last day of the design's duration counted from the planned start. */
  static LocalDate plannedEnd(LocalDate plannedStart, ProjectDesign design) {
    return plannedStart.plusMonths(design.getDurationMonths()).minusDays(1);
  }

  private Map<String, String> funder(Fund fund) {
    String ref = settings.funderRef(fund);
    String type = fund == Fund.BILATERAL_DONOR ? ORGANISATION_TYPE_GOVERNMENT : ORGANISATION_TYPE_MULTILATERAL;
    return ref == null ? Map.of("role", "1", "type", type) : Map.of("role", "1", "ref", ref, "type", type);
  }

  /** IATI budget: original (type 1), committed (status 2) once funding is approved, indicative (status 1) before. */
  private static void budget(XMLStreamWriter xml, Project project, IatiBudgetYears year, boolean committed) throws XMLStreamException {
    xml.writeStartElement("budget");
    xml.writeAttribute("type", "1");
    xml.writeAttribute("status", committed ? "2" : "1");
    empty(xml, "period-start", Map.of("iso-date", year.start().toString()));
    empty(xml, "period-end", Map.of("iso-date", year.end().toString()));
    value(xml, project, year.value(), year.start());
    xml.writeEndElement();
  }

  /** The approved funding as an incoming commitment (transaction type 2) from the fund to OHCHR, on the approval date. */
  private void commitment(XMLStreamWriter xml, Project project, FundingDecision approval, Optional<ProjectDesign> design) throws XMLStreamException {
    LocalDate approved = day(approval.getRecordedAt());
    BigDecimal amount = approval.getAmount() != null ? approval.getAmount()
        : design.map(ProjectDesign::getRequestedAmount).orElse(project.getEstimatedBudget());
    xml.writeStartElement("transaction");
    empty(xml, "transaction-type", Map.of("code", TRANSACTION_COMMITMENT));
    empty(xml, "transaction-date", Map.of("iso-date", approved.toString()));
    value(xml, project, amount, approved);
    worded(xml, "description", Map.of(), narratives.message("iati.transaction.commitment"));
    Fund fund = approval.getFund() != null ? approval.getFund() : project.getPreferredFund();
    Map<String, String> provider = new java.util.HashMap<>(funder(fund));
    provider.remove("role");
    worded(xml, "provider-org", provider, narratives.label(fund));
    worded(xml, "receiver-org", Map.of("ref", settings.organisationId(), "type", ORGANISATION_TYPE_MULTILATERAL), organisationName());
    xml.writeEndElement();
  }

  /** Expenditure a progress report declared for its period (transaction type 4), dated when it was reported. */
  private void expenditure(XMLStreamWriter xml, Project project, ProgressReport report) throws XMLStreamException {
    LocalDate reported = day(report.getRecordedAt());
    xml.writeStartElement("transaction");
    empty(xml, "transaction-type", Map.of("code", TRANSACTION_EXPENDITURE));
    empty(xml, "transaction-date", Map.of("iso-date", reported.toString()));
    value(xml, project, report.getExpenditure(), reported);
    worded(xml, "description", Map.of(), narratives.message("iati.transaction.expenditure", reported.toString()));
    worded(xml, "provider-org", Map.of("ref", settings.organisationId(), "type", ORGANISATION_TYPE_MULTILATERAL), organisationName());
    typed(xml, "receiver-org", Map.of("type", ORGANISATION_TYPE_GOVERNMENT), project.getRequestingAuthority());
    xml.writeEndElement();
  }

  private static void value(XMLStreamWriter xml, Project project, BigDecimal amount, LocalDate valueDate) throws XMLStreamException {
    xml.writeStartElement("value");
    xml.writeAttribute("currency", project.getCurrency());
    xml.writeAttribute("value-date", valueDate.toString());
    xml.writeCharacters(amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
    xml.writeEndElement();
  }

  /**
   * The design's objectives as an outcome with its indicators: quantitative ones with baseline, target and
   * the latest actual value, qualitative ones (measure 5) with comments only; one period from the planned
   * start to the indicator's target date. Designs recorded before indicators were data publish their
   * free-text lines as qualitative indicators.
   */
  private void result(XMLStreamWriter xml, ProjectDesign design, LocalDate plannedStart, List<ProgressReport> reports) throws XMLStreamException {
    List<IndicatorProgress.Measured> defined = indicators.of(design.getProjectId());
    List<String> legacy = !defined.isEmpty() || design.getIndicators() == null ? List.of()
        : design.getIndicators().lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    if (defined.isEmpty() && legacy.isEmpty()) {
      return;
    }
    xml.writeStartElement("result");
    xml.writeAttribute("type", RESULT_OUTCOME);
    typed(xml, "title", Map.of(), abbreviate(design.getObjectives(), 500));
    Optional<String> latest = reports.stream()
        .max(Comparator.comparing(ProgressReport::getId)).map(ProgressReport::getIndicatorProgress).filter(s -> s != null && !s.isBlank());
    if (latest.isPresent()) {
      typed(xml, "description", Map.of(), latest.get());
    }
    for (IndicatorProgress.Measured measured : defined) {
      indicator(xml, measured.indicator(), plannedStart, measured.latest());
    }
    for (String line : legacy) {
      xml.writeStartElement("indicator");
      xml.writeAttribute("measure", IndicatorMeasure.QUALITATIVE.iatiCode());
      typed(xml, "title", Map.of(), line);
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private void indicator(XMLStreamWriter xml, ProjectIndicator indicator, LocalDate plannedStart, IndicatorActual actual) throws XMLStreamException {
    xml.writeStartElement("indicator");
    xml.writeAttribute("measure", indicator.getMeasure().iatiCode());
    if (indicator.getBaselineValue() != null && indicator.getTargetValue() != null) {
      xml.writeAttribute("ascending", indicator.getTargetValue().compareTo(indicator.getBaselineValue()) >= 0 ? "1" : "0");
    }
    typed(xml, "title", Map.of(), indicator.getTitle());
    worded(xml, "description", Map.of(), narratives.message("iati.indicator." + indicator.getType().name(), indicator.getVerificationSource()));
    xml.writeStartElement("baseline");
    xml.writeAttribute("year", String.valueOf(indicator.getBaselineYear()));
    if (indicator.getBaselineValue() != null) {
      xml.writeAttribute("value", plain(indicator.getBaselineValue()));
    }
    comment(xml, indicator.getBaselineComment());
    xml.writeEndElement();
    xml.writeStartElement("period");
    empty(xml, "period-start", Map.of("iso-date", plannedStart.toString()));
    empty(xml, "period-end", Map.of("iso-date", (indicator.getTargetDate().isBefore(plannedStart) ? plannedStart : indicator.getTargetDate()).toString()));
    xml.writeStartElement("target");
    if (indicator.getTargetValue() != null) {
      xml.writeAttribute("value", plain(indicator.getTargetValue()));
    }
    xml.writeEndElement();
    if (actual != null) {
      xml.writeStartElement("actual");
      if (actual.getValue() != null) {
        xml.writeAttribute("value", plain(actual.getValue()));
      }
      comment(xml, actual.getComment());
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void comment(XMLStreamWriter xml, String text) throws XMLStreamException {
    if (text != null && !text.isBlank()) {
      typed(xml, "comment", Map.of(), text);
    }
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  /**
   * SDG targets of the linked recommendations, worded in every offered language with the mechanisms whose
   * recommendations name it. English gives the target's text as UHRI gives it: "16.3 - Ensure equal access to
   * justice (recommendations of: CRC, UPR)"; UHRI's texts being English only, the other languages name the
   * target by its number ("Cible 16.3 des objectifs de développement durable (recommandations de : CRC, UPR)").
   */
  private Map<String, List<IatiNarratives.Worded>> sdgTargets(Project project) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, java.util.Set<String>> mechanisms = new LinkedHashMap<>();
    for (RecommendationView recommendation : registry.byIds(project.getRecommendationIds())) {
      for (String target : recommendation.sdgTargets()) {
        labels.putIfAbsent(target, recommendation.sdgLabel(target));
        // "" stands for a recommendation whose mechanism UHRI does not state
        mechanisms.computeIfAbsent(target, t -> new java.util.TreeSet<>())
            .add(recommendation.mechanism() == null ? "" : recommendation.mechanism());
      }
    }
    Map<String, List<IatiNarratives.Worded>> targets = new java.util.TreeMap<>();
    labels.forEach((target, label) -> targets.put(target, IatiNarratives.inEveryLanguage(language -> {
      String named = String.join(", ", mechanisms.get(target).stream()
          .map(mechanism -> mechanism.isEmpty() ? Messages.text(language, "iati.tag.noMechanism") : mechanism).toList());
      return Messages.text(language, "iati.tag.sdgTarget", language.equals(Languages.DEFAULT) ? label : target, named);
    })));
    return targets;
  }

  /** IATI ActivityStatus codelist: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled. */
  static String activityStatus(Project project) {
    return switch (project.getStatus()) {
      case CLOSED -> "4";
      case LAPSED, DECLINED, REJECTED, HALTED -> "5";
      case OPEN -> switch (project.getStage()) {
        case EXECUTION -> "2";
        case FOLLOW_UP, EVALUATION, ENDED -> "3";
        default -> "1";
      };
    };
  }

  /** An element whose narrative a person typed: once, under the activity's default language. */
  private static void typed(XMLStreamWriter xml, String element, Map<String, String> attributes, String text) throws XMLStreamException {
    start(xml, element, attributes);
    IatiNarratives.typed(xml, text);
    xml.writeEndElement();
  }

  /** An element whose narratives the product words: one per offered language. */
  private static void worded(XMLStreamWriter xml, String element, Map<String, String> attributes, List<IatiNarratives.Worded> texts)
      throws XMLStreamException {
    start(xml, element, attributes);
    IatiNarratives.worded(xml, texts);
    xml.writeEndElement();
  }

  private static void start(XMLStreamWriter xml, String element, Map<String, String> attributes) throws XMLStreamException {
    xml.writeStartElement(element);
    for (Map.Entry<String, String> attribute : new java.util.TreeMap<>(attributes).entrySet()) {
      xml.writeAttribute(attribute.getKey(), attribute.getValue());
    }
  }

  private List<IatiNarratives.Worded> organisationName() {
    return narratives.message("iati.organisation.name");
  }

  private static void empty(XMLStreamWriter xml, String element, Map<String, String> attributes) throws XMLStreamException {
    xml.writeEmptyElement(element);
    for (Map.Entry<String, String> attribute : new java.util.TreeMap<>(attributes).entrySet()) {
      xml.writeAttribute(attribute.getKey(), attribute.getValue());
    }
  }

  private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static String abbreviate(String text, int max) {
    return text.length() > max ? text.substring(0, max - 1) + "…" : text;
  }
}
