package org.tclifecycle.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A note a person leaves on a project at a step that keeps no record of its own (screening, reminders, closure). */
@Entity
@Table(name = "project_journal")
public class JournalEntry extends ProjectRecord {

  public enum Kind { SCREENING, CONSENT_REMINDER, HALT_REVIEW, RIGHTS_FOCUS, CONSULTATION_EXCEPTION, CLOSURE, BOARD_FOLLOW_UP }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private String note;

  protected JournalEntry() {}

  public JournalEntry(Long projectId, Kind kind, String note, String recordedBy) {
    super(projectId, recordedBy);
    this.kind = kind;
    this.note = note;
  }

  public Kind getKind() { return kind; }
  public String getNote() { return note; }
}
