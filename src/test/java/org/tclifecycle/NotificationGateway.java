package org.tclifecycle;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The messaging gateway the application posts notifications to, played by an HTTP server in the test JVM.
 * It records the idempotency key of every message it accepts, and a test can take it down (503).
 */
public class NotificationGateway implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static HttpServer server;
  private static final List<String> accepted = new CopyOnWriteArrayList<>();
  private static volatile boolean down;
  private static volatile int acceptBeforeGoingDown = -1;
  private static volatile int refused;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of("tc.notifications.webhook-url=http://127.0.0.1:" + start() + "/notifications",
        "tc.notifications.timeout=PT2S").applyTo(context);
  }

  private static synchronized int start() {
    if (server == null) {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      server.createContext("/notifications", exchange -> {
        exchange.getRequestBody().readAllBytes();
        if (acceptBeforeGoingDown == 0) {
          down = true;
          acceptBeforeGoingDown = -1;
        } else if (acceptBeforeGoingDown > 0) {
          acceptBeforeGoingDown--;
        }
        if (down) {
          refused++;
          exchange.sendResponseHeaders(503, -1);
        } else {
          accepted.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
          exchange.sendResponseHeaders(202, -1);
        }
        exchange.close();
      });
      server.start();
    }
    return server.getAddress().getPort();
  }

  public static void takeDown() {
    down = true;
  }

  public static void bringUp() {
    down = false;
    acceptBeforeGoingDown = -1;
  }

  /** Accepts the next {@code messages} messages, then goes down. */
  public static void goDownAfter(int messages) {
    acceptBeforeGoingDown = messages;
  }

  public static int refused() {
    return refused;
  }

  /** How many times a message with this notification id was accepted. */
  public static long acceptedCount(Long notificationId) {
    return accepted.stream().filter(("tc-notification-" + notificationId)::equals).count();
  }
}
