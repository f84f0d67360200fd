package org.tclifecycle.panel;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tclifecycle.web.Documents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.design.ProjectDesign;
import org.tclifecycle.design.ProjectDesignRepository;
import org.tclifecycle.evaluation.Evaluation;
import org.tclifecycle.evaluation.EvaluationRepository;
import org.tclifecycle.execution.ProgressReport;
import org.tclifecycle.execution.ProgressReportRepository;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectRepository;

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
    StringBuilder html = Documents.page(panel.getTheme())
        .append("<h1>Panel on ").append(esc(panel.getTheme())).append("</h1>\n")
        .append("<p>Human Rights Council, session ").append(panel.getSessionNumber()).append(", ").append(panel.getSessionStarts())
        .append(" to ").append(panel.getSessionEnds()).append(". Draft report, version ").append(version)
        .append(". Contributions were due on ").append(panel.getContributionsDue()).append(".</p>\n");
    if (panel.getIntroduction() != null) {
      html.append("<h2>Introduction</h2>\n<p>").append(esc(panel.getIntroduction())).append("</p>\n");
    }
    contributionsSection(html, contributions.findByPanelIdOrderByIdAsc(panelId));
    cooperationSection(html, panel);
    return reports.save(new PanelReport(panelId, version, html.append("</body></html>\n").toString()));
  }

  private static void contributionsSection(StringBuilder html, List<PanelContribution> all) {
    html.append("<h2>Contributions</h2>\n");
    List<PanelContribution> received = all.stream().filter(c -> c.getStatus() == ContributionStatus.RECEIVED).toList();
    for (PanelContribution contribution : received) {
      html.append("<h3>").append(esc(contribution.getContributor().getName())).append(" (")
          .append(contribution.getContributor().getKind().label()).append(")</h3>\n<p>");
      if (contribution.isLate()) {
        html.append("<span class=\"late\">Received late, on ")
            .append(contribution.getReceivedAt().atOffset(ZoneOffset.UTC).toLocalDate()).append(".</span> ");
      }
      html.append(esc(contribution.getBody())).append("</p>\n");
    }
    List<String> missing = all.stream().filter(c -> c.getStatus() != ContributionStatus.RECEIVED)
        .map(c -> esc(c.getContributor().getName())).toList();
    if (!missing.isEmpty()) {
      html.append("<p>No contribution received from: ").append(String.join(", ", missing)).append(".</p>\n");
    }
  }

  private void cooperationSection(StringBuilder html, ThematicPanel panel) {
    List<Project> inArea = projects.findByThematicAreaOrderByBusinessKeyAsc(panel.getThematicArea());
    Map<String, Long> byStatus = inArea.stream().collect(Collectors.groupingBy(p -> p.getStatus().name(), TreeMap::new, Collectors.counting()));
    String states = inArea.stream().map(Project::getCountryCode).distinct().sorted().collect(Collectors.joining(", "));
    html.append("<h2>OHCHR technical cooperation in ").append(label(panel.getThematicArea().name())).append("</h2>\n<p>")
        .append(inArea.size()).append(" projects").append(inArea.isEmpty() ? "" : " in " + states).append(" (")
        .append(byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().toLowerCase()).collect(Collectors.joining(", ")))
        .append(").</p>\n");
    if (inArea.isEmpty()) {
      return;
    }
    html.append("<table><tr><th>Project</th><th>State</th><th>Status</th><th>Activities</th><th>Results</th><th>Good practices</th></tr>\n");
    for (Project project : inArea) {
      List<ProjectDesign> design = designs.findByProjectIdOrderByIdAsc(project.getId());
      List<ProgressReport> reported = progress.findByProjectIdOrderByIdAsc(project.getId());
      List<Evaluation> evaluated = evaluations.findByProjectId(project.getId());
      html.append("<tr><td>").append(project.getBusinessKey()).append("</td><td>").append(project.getCountryCode())
          .append("</td><td>").append(project.getStatus().name().toLowerCase()).append("</td><td>")
          .append(design.isEmpty() ? "" : esc(design.get(design.size() - 1).getActivities())).append("</td><td>")
          .append(reported.stream().filter(r -> r.getKind() == ProgressReport.Kind.EXECUTION_END).map(r -> esc(r.getSummary()))
              .collect(Collectors.joining("<br />"))).append("</td><td>")
          .append(evaluated.stream().map(e -> esc(e.getGoodPractices())).collect(Collectors.joining("<br />")))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  /** Only what XML needs escaped: the PDF renderer parses the report as XHTML, which knows no named entities. */
  private static String esc(String text) {
    return Documents.escape(text);
  }

  private static String label(String constant) {
    return constant.replace('_', ' ').toLowerCase();
  }
}
