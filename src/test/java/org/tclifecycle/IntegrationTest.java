package org.tclifecycle;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring test context of the suite: the whole application on a random port, with the demo users,
 * on an in-memory H2 database, or on a fresh PostgreSQL database with {@code -Ppostgres}. Every Spring test
 * uses exactly this annotation so the context is shared. Tagged {@value #TAG}: {@code -Ppostgres} runs these
 * tests only, the plain-engine process tests (an in-memory engine of their own) running once, in the H2 build. Notifications go to a {@link NotificationGateway} and e-mails to a {@link MailServer} in the test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = {TestDatabase.class, NotificationGateway.class, MailServer.class})
@Tag(IntegrationTest.TAG)
public @interface IntegrationTest {
  String TAG = "database";
}
