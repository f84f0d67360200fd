package org.tclifecycle.input;

/** Marks an exception that refuses a user's or a system's input for a business reason, not a failure. */
public interface Refusal {
}
