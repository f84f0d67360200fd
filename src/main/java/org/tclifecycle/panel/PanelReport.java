package org.tclifecycle.panel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.FetchType;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One compiled version of the panel's draft report, kept as HTML in English and in each other offered
 * language, all compiled from the same data at the same moment; the PDF is rendered from it on download.
 */
@Entity
@Table(name = "panel_report")
public class PanelReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "panel_id", nullable = false)
  private Long panelId;

  @Column(nullable = false)
  private int version;

  @Column(nullable = false, length = 1_000_000)
  private String html;

  /** The same version in the other languages, by language code. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "panel_report_translation", joinColumns = @JoinColumn(name = "panel_report_id"))
  @MapKeyColumn(name = "language", length = 8)
  @Column(name = "html", nullable = false, length = 1_000_000)
  private Map<String, String> translations = new HashMap<>();

  @Column(name = "compiled_at", nullable = false)
  private Instant compiledAt;

  protected PanelReport() {}

  PanelReport(Long panelId, int version, String html, Map<String, String> translations) {
    this.panelId = panelId;
    this.version = version;
    this.html = html;
    this.translations = new HashMap<>(translations);
    this.compiledAt = Instant.now();
  }

  public Long getPanelId() { return panelId; }
  public int getVersion() { return version; }
  public String getHtml() { return html; }
  /** The report in the language, or in English when it was compiled before that language was offered. */
  public String getHtml(Locale language) { return translations.getOrDefault(language.getLanguage(), html); }
  public Instant getCompiledAt() { return compiledAt; }
}
