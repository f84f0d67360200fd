package org.tclifecycle.reporting;

import static org.tclifecycle.web.Documents.escape;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tclifecycle.followup.LinkedRecommendations;
import org.tclifecycle.i18n.Labels;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.recommendation.RecommendationView;
import org.tclifecycle.web.Documents;

/**
 * A State report as a printable HTML page (also the PDF's source) and as CSV rows, in a language: headings,
 * labels, the State's name, dates and numbers as that language writes them. The CSV keeps codes (statuses,
 * ids) for programs and translates its header.
 */
final class StateReportDocument {

  private static final List<String> CSV_COLUMNS = List.of("state", "recommendationId", "symbol", "position", "recommendingState",
      "sdgTargets", "themes", "recommendation", "project", "latestStatus", "evidence", "reportedBy", "reportedAt",
      "statusReports", "mechanism", "paragraph");

  private final Locale language;

  StateReportDocument(Locale language) {
    this.language = language;
  }

  /** The report's columns, the project's indicator progress ({@link IndicatorColumns}), then its joint consultation input. */
  List<String> csvHeader() {
    List<String> header = new ArrayList<>(CSV_COLUMNS.stream().map(column -> text("report.csv." + column)).toList());
    header.addAll(IndicatorColumns.header(language));
    header.add(text("report.csv.jointInputs"));
    return header;
  }

  String html(StateReport report) {
    String state = Documents.countryName(report.countryCode(), language);
    StringBuilder html = Documents.page(text("report.state.title", state), language)
        .append("<h1>").append(escape(text("report.state.title", state))).append("</h1>\n")
        .append("<p>").append(escape(text("report.state.intro", date(report.generatedAt().atOffset(ZoneOffset.UTC).toLocalDate()))))
        .append("</p>\n");
    html.append("<h2>").append(text("report.state.addressed")).append("</h2>\n");
    if (report.recommendations().isEmpty()) {
      html.append("<p>").append(text("report.state.noneAddressed")).append("</p>\n");
    } else {
      html.append(header("recommendation", "position", "sdgTargets", "project", "latestStatus", "evidence"));
      for (StateReport.RecommendationLine line : report.recommendations()) {
        for (StateReport.ProjectStatus project : line.projects()) {
          LinkedRecommendations.StatusReport latest = project.latest();
          html.append("<tr><td>").append(recommendation(line.recommendationId(), line.recommendation())).append("</td><td>")
              .append(escape(position(line.recommendation()))).append("</td><td>")
              .append(line.recommendation() == null ? "" : escape(String.join(", ", line.recommendation().sdgTargets())))
              .append("</td><td class=\"key\">").append(escape(project.projectKey())).append("</td><td>")
              .append(latest == null ? text("report.state.notReportedYet")
                  : escape(Labels.of(latest.status(), language)) + " (" + date(latest.recordedAt().atOffset(ZoneOffset.UTC).toLocalDate()) + ")")
              .append("</td><td>").append(latest == null ? "" : escape(latest.evidence())).append("</td></tr>\n");
        }
      }
      html.append("</table>\n");
    }
    html.append("<h2>").append(text("report.state.projects")).append("</h2>\n");
    html.append(header("project", "thematicArea", "stage", "status", "actorsHeard", "actorTypes", "participants", "jointInputs"));
    for (StateReport.ProjectLine project : report.projects()) {
      StateReport.Participation p = project.participation();
      html.append("<tr><td class=\"key\">").append(escape(project.projectKey())).append("</td><td>").append(escape(Labels.of(project.thematicArea(), language)))
          .append("</td><td>").append(escape(Labels.of(project.stage(), language))).append("</td><td>").append(escape(Labels.of(project.status(), language)))
          .append("</td><td>").append(number(p.actorsHeard())).append("</td><td>").append(escape(String.join(", ", p.actorTypesHeard())))
          .append("</td><td>").append(number(p.women())).append(" / ").append(number(p.men())).append(" / ").append(number(p.other()))
          .append("</td><td>").append(String.join("<br />", p.jointInputs().stream().map(Documents::escape).toList())).append("</td></tr>\n");
    }
    html.append("</table>\n<h2>").append(text("report.state.indicators")).append("</h2>\n");
    html.append(header("project", "indicator", "type", "baseline", "target", "latestReported"));
    for (StateReport.ProjectLine project : report.projects()) {
      for (ProjectView.Indicator indicator : project.indicators()) {
        html.append("<tr><td class=\"key\">").append(escape(project.projectKey())).append("</td><td>").append(indicator.number()).append(". ")
            .append(escape(indicator.title())).append("</td><td>").append(escape(Labels.of("IndicatorType", indicator.type(), language)))
            .append(", ").append(escape(Labels.of("IndicatorMeasure", indicator.measure(), language)))
            .append("</td><td>").append(measure(indicator.baselineValue(), indicator.baselineComment())).append(" (").append(indicator.baselineYear())
            .append(")</td><td>").append(escape(text("report.state.targetBy", measure(indicator.targetValue(), null), date(indicator.targetDate()))))
            .append("</td><td>").append(indicator.latestValue() == null && indicator.latestComment() == null ? text("report.state.notYetReported")
                : measure(indicator.latestValue(), indicator.latestComment())).append("</td></tr>\n");
      }
    }
    html.append("</table>\n<h2>").append(text("report.state.unaddressed")).append("</h2>\n");
    if (report.supportedNotAddressed().isEmpty()) {
      html.append("<p>").append(text("report.state.noneInRegistry")).append("</p>\n");
    } else {
      html.append("<ul>\n");
      report.supportedNotAddressed().forEach(r -> html.append("<li>").append(recommendation(r.annotationId(), r)).append("</li>\n"));
      html.append("</ul>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  /** One row per recommendation and project, repeated for each of the project's indicators. */
  List<List<String>> csvRows(StateReport report) {
    Map<String, List<ProjectView.Indicator>> indicators = new HashMap<>();
    Map<String, String> jointInputs = new HashMap<>();
    report.projects().forEach(project -> {
      indicators.put(project.projectKey(), project.indicators());
      jointInputs.put(project.projectKey(), StateReports.joined(project.participation().jointInputs()));
    });
    List<List<String>> rows = new ArrayList<>();
    for (StateReport.RecommendationLine line : report.recommendations()) {
      RecommendationView r = line.recommendation();
      for (StateReport.ProjectStatus project : line.projects()) {
        LinkedRecommendations.StatusReport latest = project.latest();
        rows.addAll(IndicatorColumns.rows(List.of(report.countryCode(), line.recommendationId(), r == null || r.symbol() == null ? "" : r.symbol(),
            position(r), r == null || r.recommendingCountry() == null ? "" : r.recommendingCountry(),
            r == null ? "" : String.join(" ", r.sdgTargets()), r == null ? "" : StateReports.joined(r.themes()),
            r == null ? "" : r.text(), project.projectKey(), latest == null ? "" : latest.status().name(),
            latest == null ? "" : latest.evidence(), latest == null || latest.recordedBy() == null ? "" : latest.recordedBy(),
            latest == null ? "" : latest.recordedAt().toString(), String.valueOf(project.reports()),
            r == null || r.mechanism() == null ? "" : r.mechanism(), r == null || r.paragraph() == null ? "" : r.paragraph()),
            indicators.getOrDefault(project.projectKey(), List.of())).stream()
            .map(row -> withLast(row, jointInputs.getOrDefault(project.projectKey(), ""))).toList());
      }
    }
    return rows;
  }

  private static List<String> withLast(List<String> row, String cell) {
    List<String> longer = new ArrayList<>(row);
    longer.add(cell);
    return longer;
  }

  private String header(String... columns) {
    StringBuilder row = new StringBuilder("<table><tr>");
    for (String column : columns) {
      row.append("<th scope=\"col\">").append(escape(text("report.col." + column))).append("</th>");
    }
    return row.append("</tr>\n").toString();
  }

  /** Supported or Noted in the language; said so when the recommendation is not in the registry. */
  private String position(RecommendationView recommendation) {
    if (recommendation == null) {
      return text("report.state.positionNotInRegistry");
    }
    return recommendation.uprPosition() == null ? "" : Labels.of(recommendation.uprPosition(), language);
  }

  /** A value and/or its comment, escaped; the value as the language writes numbers. */
  private String measure(BigDecimal value, String comment) {
    String number = value == null ? "" : Documents.number(value, language);
    return escape(comment == null ? number : number.isEmpty() ? comment : number + " – " + comment);
  }

  private String number(int value) {
    return Documents.number(BigDecimal.valueOf(value), language);
  }

  private String date(LocalDate date) {
    return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language));
  }

  private String recommendation(String id, RecommendationView r) {
    if (r == null) {
      return escape(text("report.state.notInRegistry", id));
    }
    return "<b>" + escape(r.citation()) + "</b> [" + escape(r.mechanism() == null ? text("report.state.mechanismNotStated") : r.mechanism()) + "] "
        + escape(r.text());
  }

  private String text(String code, Object... args) {
    return Messages.text(language, code, args);
  }
}
