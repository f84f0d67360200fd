package org.tclifecycle.recommendation;

/** Why one record of an export was refused: its position in the file (from 0), its id when it had one, the field. */
public record ImportError(int index, String annotationId, String field, String message) {}
