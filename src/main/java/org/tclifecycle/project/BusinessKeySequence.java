package org.tclifecycle.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last business-key number handed out in a year. */
@Entity
@Table(name = "business_key_sequence")
class BusinessKeySequence {

  @Id
  @Column(name = "key_year")
  private Integer year;

  @Column(name = "last_value", nullable = false)
  private int lastValue;

  protected BusinessKeySequence() {}

  BusinessKeySequence(int year) {
    this.year = year;
  }

  int next() {
    return ++lastValue;
  }
}
