package org.tclifecycle.reporting;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.design.ProjectDesign;
import org.tclifecycle.design.ProjectDesignRepository;
import org.tclifecycle.execution.ProgressReport;
import org.tclifecycle.execution.ProgressReportRepository;
import org.tclifecycle.project.Fund;
import org.tclifecycle.project.Project;
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
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final Map<Fund, String> FUNDS = Map.of(
      Fund.VOLUNTARY_FUND_TECHNICAL_COOPERATION, "United Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights",
      Fund.UPR_VOLUNTARY_FUND, "Voluntary Fund for Financial and Technical Assistance in the Implementation of the Universal Periodic Review",
      Fund.REGULAR_BUDGET, "United Nations regular budget",
      Fund.BILATERAL_DONOR, "Bilateral donor");

  private final IatiSettings settings;
  private final ProjectDesignRepository designs;
  private final ProgressReportRepository progress;
  private final RecommendationSearch registry;

  IatiExport(IatiSettings settings, ProjectDesignRepository designs, ProgressReportRepository progress, RecommendationSearch registry) {
    this.settings = settings;
    this.designs = designs;
    this.progress = progress;
    this.registry = registry;
  }

  public String identifier(Project project) {
    return settings.organisationId() + "-" + project.getBusinessKey();
  }

  /** An {@code iati-activities} document; the schema requires at least one activity. */
  public String activities(List<Project> projects) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("iati-activities");
      xml.writeAttribute("version", VERSION);
      xml.writeAttribute("generated-datetime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
      for (Project project : projects) {
        activity(xml, project);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("IATI export failed", e);
    }
    return out.toString();
  }

  private void activity(XMLStreamWriter xml, Project project) throws XMLStreamException {
    Optional<ProjectDesign> design = designs.findByProjectIdOrderByIdAsc(project.getId()).stream().reduce((a, b) -> b);
    LocalDate start = LocalDate.ofInstant(project.getCreatedAt(), ZoneOffset.UTC);
    xml.writeStartElement("iati-activity");
    xml.writeAttribute("last-updated-datetime", project.getUpdatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
    xml.writeAttribute("xml", XML_NS, "lang", "en");
    xml.writeAttribute("default-currency", project.getCurrency());
    text(xml, "iati-identifier", identifier(project));
    xml.writeStartElement("reporting-org");
    xml.writeAttribute("ref", settings.organisationId());
    xml.writeAttribute("type", "40");
    narrative(xml, settings.organisationName());
    xml.writeEndElement();
    withNarrative(xml, "title", Map.of(), project.getBusinessKey() + ": " + abbreviate(project.getSummary(), 200));
    withNarrative(xml, "description", Map.of("type", "1"), project.getSummary());
    if (design.isPresent()) {
      withNarrative(xml, "description", Map.of("type", "2"), design.get().getObjectives());
    }
    withNarrative(xml, "participating-org", Map.of("role", "1", "type", project.getPreferredFund() == Fund.BILATERAL_DONOR ? "10" : "40"),
        FUNDS.get(project.getPreferredFund()));
    withNarrative(xml, "participating-org", Map.of("role", "3", "ref", settings.organisationId(), "type", "40"), settings.organisationName());
    withNarrative(xml, "participating-org", Map.of("role", "4", "type", "10"), project.getRequestingAuthority());
    empty(xml, "activity-status", Map.of("code", activityStatus(project)));
    empty(xml, "activity-date", Map.of("type", "1", "iso-date", start.toString()));
    if (design.isPresent()) {
      empty(xml, "activity-date", Map.of("type", "3", "iso-date", start.plusMonths(design.get().getDurationMonths()).toString()));
    }
    if (project.getStatus() != ProjectStatus.OPEN) {
      empty(xml, "activity-date", Map.of("type", "4", "iso-date", LocalDate.ofInstant(project.getUpdatedAt(), ZoneOffset.UTC).toString()));
    }
    withNarrative(xml, "recipient-country", Map.of("code", project.getCountryCode(), "percentage", "100"),
        new Locale("", project.getCountryCode()).getDisplayCountry(Locale.ENGLISH));
    withNarrative(xml, "sector", Map.of("vocabulary", "1", "code", SECTOR_HUMAN_RIGHTS), "Human rights");
    for (Map.Entry<String, String> target : sdgTargets(project).entrySet()) {
      withNarrative(xml, "tag", Map.of("vocabulary", TAG_SDG_TARGETS, "code", target.getKey()), target.getValue());
    }
    if (design.isPresent()) {
      budget(xml, project, design.get(), start);
      result(xml, project, design.get());
    }
    xml.writeEndElement();
  }

  /** Budget periods may not exceed a year (IATI rule); a longer project shows its first year's share as the whole budget is not split by year here. */
  private static void budget(XMLStreamWriter xml, Project project, ProjectDesign design, LocalDate start) throws XMLStreamException {
    LocalDate end = start.plusMonths(Math.min(design.getDurationMonths(), 12)).minusDays(1);
    xml.writeStartElement("budget");
    xml.writeAttribute("type", "1");
    xml.writeAttribute("status", "1");
    empty(xml, "period-start", Map.of("iso-date", start.toString()));
    empty(xml, "period-end", Map.of("iso-date", end.toString()));
    xml.writeStartElement("value");
    xml.writeAttribute("currency", project.getCurrency());
    xml.writeAttribute("value-date", start.toString());
    BigDecimal yearly = design.getDurationMonths() <= 12 ? design.getBudget()
        : design.getBudget().multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(design.getDurationMonths()), 2, java.math.RoundingMode.HALF_UP);
    xml.writeCharacters(yearly.toPlainString());
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /** The design's objectives as an outcome, each indicator line as a qualitative indicator, the latest progress as its description. */
  private void result(XMLStreamWriter xml, Project project, ProjectDesign design) throws XMLStreamException {
    List<String> indicators = design.getIndicators() == null ? List.of()
        : design.getIndicators().lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    if (indicators.isEmpty()) {
      return;
    }
    xml.writeStartElement("result");
    xml.writeAttribute("type", "2");
    withNarrative(xml, "title", Map.of(), abbreviate(design.getObjectives(), 500));
    Optional<String> latest = progress.findByProjectIdOrderByIdAsc(project.getId()).stream()
        .max(Comparator.comparing(ProgressReport::getId)).map(ProgressReport::getIndicatorProgress).filter(s -> !s.isBlank());
    if (latest.isPresent()) {
      withNarrative(xml, "description", Map.of(), latest.get());
    }
    for (String indicator : indicators) {
      xml.writeStartElement("indicator");
      xml.writeAttribute("measure", "5");
      withNarrative(xml, "title", Map.of(), indicator);
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  /**
   * SDG targets of the linked recommendations, with the target's text as UHRI gives it and the mechanisms whose
   * recommendations name it: "16.3 - Ensure equal access to justice (recommendations of: UPR, CRC)".
   */
  private Map<String, String> sdgTargets(Project project) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, java.util.Set<String>> mechanisms = new LinkedHashMap<>();
    for (RecommendationView recommendation : registry.byIds(project.getRecommendationIds())) {
      for (String target : recommendation.sdgTargets()) {
        labels.putIfAbsent(target, recommendation.sdgLabel(target));
        mechanisms.computeIfAbsent(target, t -> new java.util.TreeSet<>())
            .add(recommendation.mechanism() == null ? "mechanism not stated" : recommendation.mechanism());
      }
    }
    Map<String, String> targets = new java.util.TreeMap<>();
    labels.forEach((target, label) -> targets.put(target, label + " (recommendations of: " + String.join(", ", mechanisms.get(target)) + ")"));
    return targets;
  }

  /** IATI ActivityStatus codelist: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled. */
  static String activityStatus(Project project) {
    return switch (project.getStatus()) {
      case CLOSED -> "4";
      case LAPSED, DECLINED, REJECTED, HALTED -> "5";
      case OPEN -> switch (project.getStage()) {
        case EXECUTION, FOLLOW_UP -> "2";
        case EVALUATION, ENDED -> "3";
        default -> "1";
      };
    };
  }

  private static void withNarrative(XMLStreamWriter xml, String element, Map<String, String> attributes, String text) throws XMLStreamException {
    xml.writeStartElement(element);
    for (Map.Entry<String, String> attribute : new java.util.TreeMap<>(attributes).entrySet()) {
      xml.writeAttribute(attribute.getKey(), attribute.getValue());
    }
    narrative(xml, text);
    xml.writeEndElement();
  }

  private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
    xml.writeStartElement("narrative");
    xml.writeAttribute("xml", XML_NS, "lang", "en");
    xml.writeCharacters(text);
    xml.writeEndElement();
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
