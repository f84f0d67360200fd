package org.tclifecycle.consultation;

/** Where an invited actor stands: still invited, or answered one way or the other. */
public enum InvitationResponse {
  INVITED, RESPONDED, DECLINED, NO_RESPONSE
}
