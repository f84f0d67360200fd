package org.tclifecycle.consultation;

/** The stages at which national actors are consulted (resolution 21/21 §8). */
public enum ConsultationStage {
  ASSESSMENT, DESIGN, EXECUTION_REVIEW, EVALUATION
}
