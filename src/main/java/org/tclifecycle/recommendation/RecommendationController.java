package org.tclifecycle.recommendation;

import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tclifecycle.input.IsoCountry;
import org.tclifecycle.input.NoMarkup;
import org.tclifecycle.project.CooperationRequest;
import org.tclifecycle.web.ApiCaller;
import org.tclifecycle.web.ApiException;
import org.tclifecycle.web.ApiProblems;
import org.tclifecycle.web.Documents;

/**
 * The UPR recommendation registry: managers load UHRI exports (JSON or CSV, as a file upload or as the
 * request body); anyone with an account searches it (the recommendations are public UN documents).
 */
@Tag(name = "Recommendation registry", description = "The registry loaded from OHCHR's Universal Human Rights Index: imports and search")
@RestController
@RequestMapping("/api/recommendations")
@Validated
class RecommendationController {

  static final String CSV = "text/csv";
  static final String IMPORTS = "/api/recommendations/imports";

  private final UhriImport importer;
  private final RecommendationSearch search;
  private final ImportHistory history;
  private final ApiCaller caller;

  RecommendationController(UhriImport importer, RecommendationSearch search, ImportHistory history, ApiCaller caller) {
    this.importer = importer;
    this.search = search;
    this.history = history;
    this.caller = caller;
  }

  @Operation(summary = "Import a UHRI export sent as the request body (application/json or text/csv); records that cannot "
      + "be used are skipped and listed in the import's report, unless mode=strict (then any bad record refuses the file)")
  @PostMapping(path = "/imports", consumes = {MediaType.APPLICATION_JSON_VALUE, CSV})
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<UhriImport.Summary> importBody(HttpServletRequest request,
      @RequestParam(defaultValue = "upload") @Size(max = 300) @NoMarkup String fileName,
      @RequestParam(defaultValue = "lenient") @Pattern(regexp = MODES, message = MODE_MESSAGE) String mode)
      throws IOException {
    caller.requireManager();
    return imported(request.getInputStream(), UhriFormat.of(request.getContentType()), mode, fileName);
  }

  @Operation(summary = "Import a UHRI export uploaded as a file (multipart field 'file', name ending .json or .csv); mode as above")
  @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<UhriImport.Summary> importFile(@RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "lenient") @Pattern(regexp = MODES, message = MODE_MESSAGE) String mode) throws IOException {
    caller.requireManager();
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    UhriFormat format = UhriFormat.of(name);
    if (format == null) {
      format = UhriFormat.of(file.getContentType());
    }
    if (format == null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, Messages.text("problem.recommendation.fileKind"));
    }
    if (name.length() > 300 || name.contains("<") || name.contains(">")) {
      throw new ApiException(HttpStatus.BAD_REQUEST, Messages.text("problem.recommendation.fileName"));
    }
    try (InputStream in = file.getInputStream()) {
      return imported(in, format, mode, name);
    }
  }

  private static final String MODES = "(?i)lenient|strict";
  private static final String MODE_MESSAGE = "{input.import.mode}";

  private ResponseEntity<UhriImport.Summary> imported(InputStream in, UhriFormat format, String mode, String fileName) {
    UhriImport.Summary summary = importer.run(in, format, ImportMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)), fileName, caller.userId());
    return ResponseEntity.created(URI.create(IMPORTS + "/" + summary.importId())).body(summary);
  }

  @ExceptionHandler(UhriImport.Busy.class)
  ResponseEntity<Object> busy(UhriImport.Busy busy) {
    return ApiProblems.problem(HttpStatus.CONFLICT, Messages.text("uhri.busy.title"), Messages.text("uhri.busy.detail"), null);
  }

  /**
   * Two imports of overlapping files met on the same rows (where the database has no advisory lock): the one
   * that lost (a deadlock, a lock wait timed out, a key inserted twice) was rolled back whole, and may be sent again.
   */
  @ExceptionHandler({TransientDataAccessException.class, DuplicateKeyException.class})
  ResponseEntity<Object> overlapping(RuntimeException e) {
    return busy(new UhriImport.Busy());
  }

  @ExceptionHandler(UhriImport.Refused.class)
  ResponseEntity<Object> refused(UhriImport.Refused refused) {
    return ApiProblems.problem(HttpStatus.BAD_REQUEST, Messages.text("uhri.refused.title"), refused.detail(Languages.current()), refused.errors());
  }

  @Operation(summary = "The imports made so far, latest first (staff)")
  @GetMapping("/imports")
  List<ImportHistory.ImportRecord> imports() {
    if (!caller.isStaff()) {
      throw ApiException.forbidden(Messages.text("problem.recommendation.historyStaffOnly"));
    }
    return history.latest();
  }

  @Operation(summary = "What one import skipped and why, as CSV: record index in the file, AnnotationId, field, reason (staff)")
  @GetMapping(value = "/imports/{importId}/problems.csv", produces = CSV)
  ResponseEntity<String> problems(@PathVariable @Min(1) long importId) {
    if (!caller.isStaff()) {
      throw ApiException.forbidden(Messages.text("problem.recommendation.historyStaffOnly"));
    }
    if (!history.exists(importId)) {
      throw ApiException.notFound(Messages.text("problem.what.import", String.valueOf(importId)));
    }
    Locale language = Languages.current();
    List<List<String>> rows = history.problems(importId).stream().map(p -> List.of(String.valueOf(p.index()),
        p.annotationId() == null ? "" : p.annotationId(), p.field(), p.message(language))).toList();
    List<String> header = Stream.of("index", "annotationId", "field", "reason").map(column -> Messages.text(language, "uhri.report." + column)).toList();
    return Documents.csv("uhri-import-" + importId + "-problems.csv", header, rows);
  }

  @Operation(summary = "Search recommendations by State, theme, SDG target (16.3) or goal (16), words of the text, UPR position, "
      + "mechanism (UPR, CRC, CESCR...) and kind (RECOMMENDATION, CONCERN_OBSERVATION)")
  @GetMapping
  Page<RecommendationView> search(
      @RequestParam(required = false) @IsoCountry String country,
      @RequestParam(required = false) @Size(max = 100) String theme,
      @RequestParam(required = false) @Pattern(regexp = RecommendationSearch.SDG_QUERY, message = RecommendationSearch.SDG_QUERY_MESSAGE) String sdg,
      @RequestParam(required = false) @Size(max = 200) String text,
      @RequestParam(required = false) UprPosition position,
      @RequestParam(required = false) @Size(max = 100) String mechanism,
      @RequestParam(required = false) RecommendationKind kind,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return search.search(new RecommendationSearch.Criteria(country, theme, sdg, text, position, mechanism, kind), page, size);
  }

  @Operation(summary = "One recommendation by its UHRI id")
  @GetMapping("/{annotationId}")
  RecommendationView one(@PathVariable @Pattern(regexp = CooperationRequest.UHRI_ID, message = "{input.uhriId}") String annotationId) {
    return search.byIds(List.of(annotationId)).stream().findFirst()
        .orElseThrow(() -> ApiException.notFound(Messages.text("problem.what.recommendation", annotationId)));
  }

}
