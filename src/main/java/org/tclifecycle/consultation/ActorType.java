package org.tclifecycle.consultation;

/**
 * Kinds of national actors and partners consulted (resolution 21/21 §8 and §16); the words officers read are in the
 * messages bundles ({@code label.ActorType.<CONSTANT>}, i18n.Labels).
 */
public enum ActorType {
  GOVERNMENT, PARLIAMENT, JUDICIARY, NHRI, CIVIL_SOCIETY, ACADEMIA, MEDIA, UN_ENTITY, REGIONAL_ORGANISATION, OTHER
}
