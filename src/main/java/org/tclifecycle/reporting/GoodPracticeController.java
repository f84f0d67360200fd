package org.tclifecycle.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.web.ApiCaller;
import org.tclifecycle.web.Documents;

/** The good-practice library, searchable and exportable, for staff and partners alike (sharing is the point, §5, §13). */
@Tag(name = "Reports", description = "State reports, the good-practice library and the IATI activity file")
@RestController
class GoodPracticeController {

  private static final List<String> CSV_COLUMNS = List.of("project", "state", "thematicArea", "rightsCategories", "themes",
      "sdgTargets", "goodPractices", "lessonsLearned", "evaluatedAt");

  private final GoodPractices library;
  private final ApiCaller caller;

  GoodPracticeController(GoodPractices library, ApiCaller caller) {
    this.library = library;
    this.caller = caller;
  }

  @Operation(summary = "Search good practices by country, theme (thematic area or recommendation theme), rights category, SDG target or goal, words")
  @GetMapping("/api/good-practices")
  List<GoodPractices.Practice> search(@Valid GoodPractices.Criteria criteria) {
    caller.requireStaffOrExternal();
    return library.find(criteria);
  }

  @Operation(summary = "The same search as CSV, its header in English or French (?lang=fr or Accept-Language); codes stay codes; "
      + "a practice's row is repeated per indicator of its project with the baseline, target and latest reported value")
  @GetMapping(value = "/api/good-practices.csv", produces = "text/csv")
  ResponseEntity<String> csv(@Valid GoodPractices.Criteria criteria, Locale language) {
    List<List<String>> rows = search(criteria).stream().flatMap(p -> IndicatorColumns.rows(List.of(p.projectKey(),
        p.countryCode(), p.thematicArea().name(), String.join(" ", p.rightsCategories().stream().map(Enum::name).sorted().toList()),
        String.join("; ", p.themes()), String.join(" ", p.sdgTargets()), p.goodPractices(), p.lessonsLearned(),
        p.evaluatedAt().toString()), p.indicators()).stream()).toList();
    List<String> header = new ArrayList<>(CSV_COLUMNS.stream().map(column -> Messages.text(language, "practices.csv." + column)).toList());
    header.addAll(IndicatorColumns.header(language));
    return Documents.csv("good-practices.csv", header, rows);
  }
}
