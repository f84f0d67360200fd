package org.tclifecycle.panel;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.design.ProjectDesign;
import org.tclifecycle.design.ProjectDesignRepository;
import org.tclifecycle.evaluation.Evaluation;
import org.tclifecycle.evaluation.EvaluationRepository;
import org.tclifecycle.execution.ProgressReport;
import org.tclifecycle.execution.ProgressReportRepository;
import org.tclifecycle.i18n.Labels;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectRepository;
import org.tclifecycle.project.ProjectStatus;
import org.tclifecycle.web.Documents;

/**
 * Assembles the draft report of a panel (resolution 21/21 §4): the contributions received, late ones marked,
 * missing ones listed, and OHCHR's own technical cooperation in the theme's area: States, activities,
 * results and good practices of its projects.
 */
@Component
class PanelReportCompiler {

  private final Panels panels;
  private final PanelContributionRepository contributions;
  private final PanelReportRepository reports;
  private final ProjectRepository projects;
  private final ProjectDesignRepository designs;
  private final ProgressReportRepository progress;
  private final EvaluationRepository evaluations;

  PanelReportCompiler(Panels panels, PanelContributionRepository contributions, PanelReportRepository reports, ProjectRepository projects,
      ProjectDesignRepository designs, ProgressReportRepository progress, EvaluationRepository evaluations) {
    this.panels = panels;
    this.contributions = contributions;
    this.reports = reports;
    this.projects = projects;
    this.designs = designs;
    this.progress = progress;
    this.evaluations = evaluations;
  }

  @Transactional
  PanelReport compile(Long panelId) {
    ThematicPanel panel = panels.get(panelId);
    int version = reports.findFirstByPanelIdOrderByVersionDesc(panelId).map(r -> r.getVersion() + 1).orElse(1);
    List<PanelContribution> all = contributions.findByPanelIdOrderByIdAsc(panelId);
    List<Project> inArea = projects.findByThematicAreaOrderByBusinessKeyAsc(panel.getThematicArea());
    Map<String, String> translations = new LinkedHashMap<>();
    for (Locale language : Languages.offered()) {
      if (!language.equals(Languages.DEFAULT)) {
        translations.put(language.getLanguage(), render(panel, version, all, inArea, language));
      }
    }
    return reports.save(new PanelReport(panelId, version, render(panel, version, all, inArea, Languages.DEFAULT), translations));
  }

  private String render(ThematicPanel panel, int version, List<PanelContribution> all, List<Project> inArea, Locale language) {
    StringBuilder html = Documents.page(panel.getTheme(), language)
        .append("<h1>").append(esc(text(language, "report.panel.title", panel.getTheme()))).append("</h1>\n")
        .append("<p>").append(esc(text(language, "report.panel.intro", panel.getSessionNumber(), date(panel.getSessionStarts(), language),
            date(panel.getSessionEnds(), language), version, date(panel.getContributionsDue(), language)))).append("</p>\n");
    if (panel.getIntroduction() != null) {
      html.append("<h2>").append(esc(text(language, "report.panel.introduction"))).append("</h2>\n<p>").append(esc(panel.getIntroduction())).append("</p>\n");
    }
    contributionsSection(html, all, language);
    cooperationSection(html, panel, inArea, language);
    return html.append("</body></html>\n").toString();
  }

  private static void contributionsSection(StringBuilder html, List<PanelContribution> all, Locale language) {
    html.append("<h2>").append(esc(text(language, "report.panel.contributions"))).append("</h2>\n");
    List<PanelContribution> received = all.stream().filter(c -> c.getStatus() == ContributionStatus.RECEIVED).toList();
    for (PanelContribution contribution : received) {
      html.append("<h3>").append(esc(contribution.getContributor().getName())).append(" (")
          .append(esc(Labels.of(contribution.getContributor().getKind(), language))).append(")</h3>\n<p>");
      if (contribution.isLate()) {
        html.append("<span class=\"late\">").append(esc(text(language, "report.panel.late",
            date(contribution.getReceivedAt().atOffset(ZoneOffset.UTC).toLocalDate(), language)))).append("</span> ");
      }
      html.append(esc(contribution.getBody())).append("</p>\n");
    }
    List<String> missing = all.stream().filter(c -> c.getStatus() != ContributionStatus.RECEIVED)
        .map(c -> c.getContributor().getName()).toList();
    if (!missing.isEmpty()) {
      html.append("<p>").append(esc(text(language, "report.panel.missing", String.join(", ", missing)))).append("</p>\n");
    }
  }

  private void cooperationSection(StringBuilder html, ThematicPanel panel, List<Project> inArea, Locale language) {
    Map<ProjectStatus, Long> byStatus = inArea.stream().collect(Collectors.groupingBy(Project::getStatus, TreeMap::new, Collectors.counting()));
    String states = inArea.stream().map(p -> Documents.countryName(p.getCountryCode(), language)).distinct().sorted().collect(Collectors.joining(", "));
    html.append("<h2>").append(esc(text(language, "report.panel.cooperation", Labels.of(panel.getThematicArea(), language).toLowerCase(language))))
        .append("</h2>\n<p>").append(esc(text(language, inArea.isEmpty() ? "report.panel.noProjects" : "report.panel.projects", inArea.size(), states,
            byStatus.entrySet().stream().map(e -> e.getValue() + " " + Labels.of(e.getKey(), language).toLowerCase(language))
                .collect(Collectors.joining(", "))))).append("</p>\n");
    if (inArea.isEmpty()) {
      return;
    }
    html.append("<table><tr>");
    for (String column : List.of("project", "state", "status", "activities", "results", "goodPractices")) {
      html.append("<th scope=\"col\">").append(esc(text(language, "report.panel.col." + column))).append("</th>");
    }
    html.append("</tr>\n");
    for (Project project : inArea) {
      List<ProjectDesign> design = designs.findByProjectIdOrderByIdAsc(project.getId());
      List<ProgressReport> reported = progress.findByProjectIdOrderByIdAsc(project.getId());
      List<Evaluation> evaluated = evaluations.findByProjectId(project.getId());
      html.append("<tr><td>").append(esc(project.getBusinessKey())).append("</td><td>").append(esc(Documents.countryName(project.getCountryCode(), language)))
          .append("</td><td>").append(esc(Labels.of(project.getStatus(), language).toLowerCase(language))).append("</td><td>")
          .append(design.isEmpty() ? "" : esc(design.get(design.size() - 1).getActivities())).append("</td><td>")
          .append(reported.stream().filter(r -> r.getKind() == ProgressReport.Kind.EXECUTION_END).map(r -> esc(r.getSummary()))
              .collect(Collectors.joining("<br />"))).append("</td><td>")
          .append(evaluated.stream().map(e -> esc(e.getGoodPractices())).collect(Collectors.joining("<br />")))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static String text(Locale language, String code, Object... args) {
    return Messages.text(language, code, args);
  }

  private static String date(LocalDate date, Locale language) {
    return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language));
  }

  /** Only what XML needs escaped: the PDF renderer parses the report as XHTML, which knows no named entities. */
  private static String esc(String text) {
    return Documents.escape(text);
  }
}
