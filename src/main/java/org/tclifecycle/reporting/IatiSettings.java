package org.tclifecycle.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who publishes the IATI file: the organisation identifier registered with IATI (prefix of every
 * activity identifier) and its name. Set {@code tc.iati.organisation-id} to the real identifier.
 */
@ConfigurationProperties("tc.iati")
public record IatiSettings(String organisationId, String organisationName) {}
