package org.tclifecycle.notification;

/** One e-mail as rendered: subject, plain-text body and HTML body. */
public record MailMessage(String subject, String text, String html) {}
