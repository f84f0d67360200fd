package org.tclifecycle.consultation;

public enum ConsultationMethod {
  MEETING, WRITTEN_SUBMISSION, WORKSHOP, ONLINE_SURVEY
}
