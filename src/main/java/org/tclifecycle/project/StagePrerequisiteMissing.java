package org.tclifecycle.project;

import org.camunda.bpm.engine.BadUserRequestException;
import org.tclifecycle.input.Refusal;

/** A project was moved towards a stage whose prerequisites are not on record; Camunda's REST API answers 400. */
public class StagePrerequisiteMissing extends BadUserRequestException implements Refusal {

  public StagePrerequisiteMissing(String message) {
    super(message);
  }
}
