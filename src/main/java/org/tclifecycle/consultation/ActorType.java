package org.tclifecycle.consultation;

/** Kinds of national actors and partners consulted (resolution 21/21 §8 and §16). */
public enum ActorType {
  GOVERNMENT, PARLIAMENT, JUDICIARY, NHRI, CIVIL_SOCIETY, ACADEMIA, MEDIA, UN_ENTITY, REGIONAL_ORGANISATION, OTHER
}
