package org.tclifecycle;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server in the test JVM (GreenMail) that the application sends its e-mails to. A test can take it
 * down and bring it back on the same port; messages it received stay readable.
 */
public class MailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static int port;
  private static GreenMail server;
  private static final List<MimeMessage> earlier = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + start(),
        "spring.mail.properties.mail.smtp.auth=false", "spring.mail.properties.mail.smtp.starttls.enable=false",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000",
        "tc.mail.from=TC Lifecycle <tc@test.example>").applyTo(context);
  }

  private static synchronized int start() {
    if (port == 0) {
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bringBack();
    }
    return port;
  }

  public static synchronized void takeDown() {
    if (server != null) {
      earlier.addAll(Arrays.asList(server.getReceivedMessages()));
      server.stop();
      server = null;
    }
  }

  public static synchronized void bringBack() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  /** Every message received since the suite started, to every recipient. */
  public static synchronized List<MimeMessage> received() {
    List<MimeMessage> all = new java.util.ArrayList<>(earlier);
    if (server != null) {
      all.addAll(Arrays.asList(server.getReceivedMessages()));
    }
    return all;
  }

  /** Messages received for this address whose subject contains this text, in the order received. */
  public static List<MimeMessage> to(String address, String subjectContains) {
    return received().stream().filter(message -> isTo(message, address) && subject(message).contains(subjectContains)).toList();
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject() == null ? "" : message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      Address[] to = message.getAllRecipients();
      return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
