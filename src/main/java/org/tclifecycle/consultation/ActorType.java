package org.tclifecycle.consultation;

/** Kinds of national actors and partners consulted (resolution 21/21 §8 and §16), with the words officers read. */
public enum ActorType {
  GOVERNMENT("government"), PARLIAMENT("parliament"), JUDICIARY("judiciary"), NHRI("NHRI"), CIVIL_SOCIETY("civil society"),
  ACADEMIA("academia"), MEDIA("media"), UN_ENTITY("UN entity"), REGIONAL_ORGANISATION("regional organisation"), OTHER("other");

  private final String label;

  ActorType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
