package org.tclifecycle.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One compiled version of the panel's draft report, kept as HTML; the PDF is rendered from it on download. */
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

  @Column(name = "compiled_at", nullable = false)
  private Instant compiledAt;

  protected PanelReport() {}

  PanelReport(Long panelId, int version, String html) {
    this.panelId = panelId;
    this.version = version;
    this.html = html;
    this.compiledAt = Instant.now();
  }

  public Long getPanelId() { return panelId; }
  public int getVersion() { return version; }
  public String getHtml() { return html; }
  public Instant getCompiledAt() { return compiledAt; }
}
