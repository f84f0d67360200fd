package org.tclifecycle.reporting;

import static org.tclifecycle.web.Documents.escape;

import java.util.ArrayList;
import java.util.List;
import org.tclifecycle.followup.LinkedRecommendations;
import org.tclifecycle.recommendation.RecommendationView;
import org.tclifecycle.web.Documents;

/** A State report as a printable HTML page (also the PDF's source) and as CSV rows. */
final class StateReportDocument {

  static final List<String> CSV_HEADER = List.of("State", "Recommendation id", "Symbol", "Position", "Recommending State",
      "SDG targets", "Themes", "Recommendation", "Project", "Latest status", "Evidence", "Reported by", "Reported at",
      "Status reports", "Mechanism", "Paragraph");

  private StateReportDocument() {}

  static String html(StateReport report) {
    StringBuilder html = Documents.page("Technical cooperation and UPR follow-up: " + report.countryCode())
        .append("<h1>Technical cooperation and UPR follow-up: ").append(escape(report.countryCode())).append("</h1>\n")
        .append("<p>Input for the State's UPR mid-term or national report, generated ").append(report.generatedAt())
        .append(". Statuses are the latest reported by OHCHR officers or partners, with their evidence.</p>\n");
    html.append("<h2>Recommendations addressed by technical cooperation</h2>\n");
    if (report.recommendations().isEmpty()) {
      html.append("<p>No project addresses a recommendation yet.</p>\n");
    } else {
      html.append("<table><tr><th>Recommendation</th><th>Position</th><th>SDG targets</th><th>Project</th><th>Latest status</th><th>Evidence</th></tr>\n");
      for (StateReport.RecommendationLine line : report.recommendations()) {
        for (StateReport.ProjectStatus project : line.projects()) {
          LinkedRecommendations.StatusReport latest = project.latest();
          html.append("<tr><td>").append(recommendation(line.recommendationId(), line.recommendation())).append("</td><td>")
              .append(StateReports.positionOf(line.recommendation())).append("</td><td>")
              .append(line.recommendation() == null ? "" : escape(String.join(", ", line.recommendation().sdgTargets())))
              .append("</td><td>").append(escape(project.projectKey())).append("</td><td>")
              .append(latest == null ? "not reported yet" : label(latest.status().name()) + " (" + latest.recordedAt().toString().substring(0, 10) + ")")
              .append("</td><td>").append(latest == null ? "" : escape(latest.evidence())).append("</td></tr>\n");
        }
      }
      html.append("</table>\n");
    }
    html.append("<h2>Projects and the national actors they consulted</h2>\n");
    html.append("<table><tr><th>Project</th><th>Thematic area</th><th>Stage</th><th>Status</th><th>Actors heard</th><th>Actor types</th><th>Participants (women / men / other)</th></tr>\n");
    for (StateReport.ProjectLine project : report.projects()) {
      StateReport.Participation p = project.participation();
      html.append("<tr><td>").append(escape(project.projectKey())).append("</td><td>").append(label(project.thematicArea().name()))
          .append("</td><td>").append(label(project.stage().name())).append("</td><td>").append(label(project.status().name()))
          .append("</td><td>").append(p.actorsHeard()).append("</td><td>").append(escape(String.join(", ", p.actorTypesHeard())))
          .append("</td><td>").append(p.women()).append(" / ").append(p.men()).append(" / ").append(p.other()).append("</td></tr>\n");
    }
    html.append("</table>\n<h2>Results indicators</h2>\n");
    html.append("<table><tr><th>Project</th><th>Indicator</th><th>Type</th><th>Baseline</th><th>Target</th><th>Latest reported</th></tr>\n");
    for (StateReport.ProjectLine project : report.projects()) {
      for (ProjectView.Indicator indicator : project.indicators()) {
        html.append("<tr><td>").append(escape(project.projectKey())).append("</td><td>").append(indicator.number()).append(". ")
            .append(escape(indicator.title())).append("</td><td>").append(label(indicator.type())).append(", ").append(label(indicator.measure()))
            .append("</td><td>").append(measure(indicator.baselineValue(), indicator.baselineComment())).append(" (").append(indicator.baselineYear())
            .append(")</td><td>").append(measure(indicator.targetValue(), null)).append(" by ").append(indicator.targetDate())
            .append("</td><td>").append(indicator.latestValue() == null && indicator.latestComment() == null ? "not yet reported"
                : measure(indicator.latestValue(), indicator.latestComment())).append("</td></tr>\n");
      }
    }
    html.append("</table>\n<h2>Supported recommendations not yet addressed by a project</h2>\n");
    if (report.supportedNotAddressed().isEmpty()) {
      html.append("<p>None in the registry.</p>\n");
    } else {
      html.append("<ul>\n");
      report.supportedNotAddressed().forEach(r -> html.append("<li>").append(recommendation(r.annotationId(), r)).append("</li>\n"));
      html.append("</ul>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  static List<List<String>> csvRows(StateReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (StateReport.RecommendationLine line : report.recommendations()) {
      RecommendationView r = line.recommendation();
      for (StateReport.ProjectStatus project : line.projects()) {
        LinkedRecommendations.StatusReport latest = project.latest();
        rows.add(List.of(report.countryCode(), line.recommendationId(), r == null || r.symbol() == null ? "" : r.symbol(),
            StateReports.positionOf(r), r == null || r.recommendingCountry() == null ? "" : r.recommendingCountry(),
            r == null ? "" : String.join(" ", r.sdgTargets()), r == null ? "" : StateReports.joined(r.themes()),
            r == null ? "" : r.text(), project.projectKey(), latest == null ? "" : latest.status().name(),
            latest == null ? "" : latest.evidence(), latest == null || latest.recordedBy() == null ? "" : latest.recordedBy(),
            latest == null ? "" : latest.recordedAt().toString(), String.valueOf(project.reports()),
            r == null || r.mechanism() == null ? "" : r.mechanism(), r == null || r.paragraph() == null ? "" : r.paragraph()));
      }
    }
    return rows;
  }

  /** A value and/or its comment, escaped. */
  private static String measure(java.math.BigDecimal value, String comment) {
    String number = value == null ? "" : value.stripTrailingZeros().toPlainString();
    return escape(comment == null ? number : number.isEmpty() ? comment : number + " – " + comment);
  }

  private static String recommendation(String id, RecommendationView r) {
    if (r == null) {
      return escape(id) + " (not in the recommendation registry)";
    }
    return "<b>" + escape(r.citation()) + "</b> [" + escape(r.mechanism() == null ? "mechanism not stated" : r.mechanism()) + "] "
        + escape(r.text());
  }

  private static String label(String constant) {
    String words = constant.replace('_', ' ').toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
